package dev.pamphlet.cli;

import dev.pamphlet.core.export.ContentErrorsException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns every failure into one or two plain lines on the error stream and an exit code. A user
 * mistake never shows a stack trace; {@code --verbose} shows it for any failure.
 */
final class FailureHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  /** A mistake in the command line itself: what is wrong and where to find help. */
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine command = ex.getCommandLine();
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    err.println(name + ": " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Run '" + name + " --help' for usage.");
    err.flush();
    return ExitCodes.USAGE_OR_IO;
  }

  /** A failure while a command ran. */
  @Override
  public int handleExecutionException(Exception ex, CommandLine command, ParseResult parsed) {
    PrintWriter err = command.getErr();
    String name = command.getCommandSpec().qualifiedName();
    Throwable cause = ex instanceof ExportFailedException ? ex.getCause() : ex;
    int code;
    if (cause instanceof ContentErrorsException content) {
      // An exporter refused the content on its own: show why, like `check` would.
      DiagnosticReport report = new DiagnosticReport().add(content.diagnostics());
      report.print(command.getOut());
      command.getOut().println(report.summary());
      command.getOut().flush();
      code = ExitCodes.CONTENT_ERRORS;
    } else if (cause instanceof UsageException
        || cause instanceof IOException || cause instanceof UncheckedIOException) {
      code = ExitCodes.USAGE_OR_IO;
    } else {
      code = ExitCodes.INTERNAL;
    }
    String message = ex instanceof ExportFailedException || ex instanceof UsageException
        ? ex.getMessage() : IoMessages.describe(ex);
    err.println(name + ": " + (code == ExitCodes.INTERNAL ? "internal error: " : "error: ")
        + message);
    if (verbose(parsed)) {
      ex.printStackTrace(err);
    } else if (code == ExitCodes.INTERNAL) {
      err.println("This is a bug. Run again with --verbose and report what it prints.");
    }
    err.flush();
    return code;
  }

  private static boolean verbose(ParseResult parsed) {
    for (ParseResult level = parsed; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }
}
