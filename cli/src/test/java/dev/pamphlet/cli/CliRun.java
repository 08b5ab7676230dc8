package dev.pamphlet.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One run of the command, in-process, with its standard output and error captured.
 *
 * @param exitCode what the process would have exited with
 * @param out the standard output
 * @param err the standard error
 */
record CliRun(int exitCode, String out, String err) {
  /** Runs {@code pamphlet args…} against {@code environment}, set up as {@link Main} does. */
  static CliRun of(Environment environment, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine command = PamphletCommand.commandLine(environment, List.of(args));
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    int exitCode = command.execute(args);
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** Both streams, for failure messages. */
  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
  }
}
