package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help;

class HelpAndVersionTest {
  private final Environment environment = FakeSources.environment();

  @Test
  void versionNamesTheProjectVersion() {
    CliRun run = CliRun.of(environment, "--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).containsPattern("pamphlet \\d+\\.\\d+\\.\\d+").contains("Java ");
  }

  @Test
  void helpListsEveryCommandAndTheExitCodes() {
    CliRun run = CliRun.of(environment, "--help");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("build", "check", "formats", "completion", "Exit codes:",
        "0   success", "1   errors in the content", "2   usage or I/O error");
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "check", "formats", "completion"})
  void everyCommandHasHelp(String command) {
    CliRun run = CliRun.of(environment, command, "--help");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Usage: pamphlet " + command);
  }

  @Test
  void buildHelpDocumentsItsOptionsAndExitCodes() {
    CliRun run = CliRun.of(environment, "build", "--help");
    assertThat(run.out()).contains("--out", "--format", "--page-size", "a4, letter",
        "--large-print", "--organization", "--contact", "--handouts-only", "--booklet-only",
        "--option", "--allow-errors", "--max-grade", "--strict", "--verbose", "Exit codes:",
        "1   errors in the content");
  }

  @Test
  void checkHelpDocumentsThePlainLanguageOptions() {
    CliRun run = CliRun.of(environment, "check", "--help");
    assertThat(run.out()).contains("--max-grade=N", "--format=FORMAT", "json", "English",
        "[plain.grade-high]", "Exit codes:");
  }

  @Test
  void noCommandPrintsUsageAsAUsageError() {
    CliRun run = CliRun.of(environment);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Usage: pamphlet");
  }

  @Test
  void completionPrintsABashScriptCoveringTheCommands() {
    CliRun run = CliRun.of(environment, "completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("complete -F", "build", "--page-size");
  }

  @ParameterizedTest
  @ValueSource(strings = {"build", "check", "formats"})
  void aCommandSetUpOnItsOwnReadsAsInTheWholeCommand(String command) {
    String alone = PamphletCommand.commandLine(environment, List.of(command))
        .getSubcommands().get(command).getUsageMessage(Help.Ansi.OFF);
    String inWhole = PamphletCommand.commandLine(environment)
        .getSubcommands().get(command).getUsageMessage(Help.Ansi.OFF);
    assertThat(alone).isEqualTo(inWhole);
  }
}
