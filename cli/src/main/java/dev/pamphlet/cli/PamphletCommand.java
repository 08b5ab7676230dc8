package dev.pamphlet.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code pamphlet} command: {@code build}, {@code check}, {@code formats} and
 * {@code completion}. Without a subcommand it prints its usage.
 *
 * <pre>{@code
 * int exitCode = PamphletCommand.commandLine(environment).execute("build", "examples");
 * }</pre>
 */
@Command(name = "pamphlet",
    description = "Turn Markdown and Pamphlet JSON into PDF handouts, an EPUB booklet and HTML "
        + "pages.",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_SUCCESS, ExitCodes.HELP_CONTENT, ExitCodes.HELP_USAGE,
        ExitCodes.HELP_INTERNAL},
    footer = {"%nExamples:",
        "  pamphlet build examples                   every format, into out/",
        "  pamphlet build examples --format pdf --page-size letter --large-print",
        "  pamphlet check examples                   problems and reading grades, writes nothing",
        "  pamphlet check examples --max-grade 6     an article above grade 6 is an error"})
final class PamphletCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  /** The whole command, wired to {@code environment}, with Pamphlet's failure handling. */
  static CommandLine commandLine(Environment environment) {
    FailureHandler failures = new FailureHandler();
    CommandLine commandLine = new CommandLine(new PamphletCommand())
        .addSubcommand("build", new BuildCommand(environment))
        .addSubcommand("check", new CheckCommand(environment))
        .addSubcommand("formats", new FormatsCommand(environment))
        .addSubcommand("completion", new CompletionCommand())
        .addSubcommand("help", new CommandLine.HelpCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExecutionExceptionHandler(failures);
    commandLine.setParameterExceptionHandler(failures);
    return commandLine;
  }

  /** No subcommand: say what the commands are, on the error stream, as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE_OR_IO;
  }
}
