package dev.pamphlet.cli;

import java.util.List;
import java.util.Set;
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
  /** The subcommands that are built on their own when they come first on the command line. */
  private static final Set<String> SINGLE = Set.of("build", "check", "formats");

  @Spec CommandSpec spec;

  /** The whole command, wired to {@code environment}, with Pamphlet's failure handling. */
  static CommandLine commandLine(Environment environment) {
    return commandLine(environment, List.of());
  }

  /**
   * The command as {@code args} need it. Picocli reads every command's annotations when the
   * command is added, which a cold JVM pays for on each run; {@code pamphlet build …} (or
   * {@code check}, {@code formats}) gets only its own subcommand, while anything else (no
   * arguments, {@code --help}, {@code help}, {@code completion}, a typo) gets all of them.
   */
  static CommandLine commandLine(Environment environment, List<String> args) {
    FailureHandler failures = new FailureHandler();
    CommandLine commandLine = new CommandLine(new PamphletCommand());
    String first = args.isEmpty() ? "" : args.get(0);
    boolean all = !SINGLE.contains(first);
    if (all || first.equals("build")) {
      commandLine.addSubcommand("build", new BuildCommand(environment));
    }
    if (all || first.equals("check")) {
      commandLine.addSubcommand("check", new CheckCommand(environment));
    }
    if (all || first.equals("formats")) {
      commandLine.addSubcommand("formats", new FormatsCommand(environment));
    }
    if (all) {
      commandLine.addSubcommand("completion", new CompletionCommand())
          .addSubcommand("help", new CommandLine.HelpCommand());
    }
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
