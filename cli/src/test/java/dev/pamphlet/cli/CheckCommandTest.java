package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pamphlet check} on content made in code; see {@link ExampleContentTest} for Markdown. */
class CheckCommandTest {
  @TempDir Path folder;

  @Test
  void diagnosticsArePrintedOnePerLineSortedByFileAndLineThenCounted() {
    Environment environment = FakeSources.environment(FakeSources.twoArticles(),
        Diagnostic.warning("figure.alt-missing", "the figure has no alt text",
            new SourcePosition("b.md", 3, 1)),
        Diagnostic.error("xref.dangling", "no section has the id \"dosage\"",
            new SourcePosition("a.md", 12, 5)),
        Diagnostic.error("id.duplicate", "the id \"intro\" is used twice",
            new SourcePosition("a.md", 2, 1)));

    CliRun run = CliRun.of(environment, "check", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    List<String> lines = run.out().lines().toList();
    assertThat(lines).hasSize(8);
    assertThat(lines.subList(0, 4)).containsExactly(
        "a.md:2:1: error: the id \"intro\" is used twice [id.duplicate]",
        "a.md:12:5: error: no section has the id \"dosage\" [xref.dangling]",
        "b.md:3:1: warning: the figure has no alt text [figure.alt-missing]",
        "plain language (target grade 8):");
    String number = " +-?\\d+\\.\\d";
    assertThat(lines.get(4)).matches("article +grade +ease +SMOG +words +findings");
    assertThat(lines.get(5)).matches("first-steps " + number.repeat(3) + " +\\d+ +0");
    assertThat(lines.get(6)).matches("side-effects" + number.repeat(3) + " +\\d+ +0");
    assertThat(lines.get(7)).isEqualTo("checked 2 articles: 2 errors, 1 warning");
  }

  @Test
  void warningsAloneDoNotFailTheCheck() {
    Environment environment = FakeSources.environment(FakeSources.twoArticles(),
        Diagnostic.warning("figure.alt-missing", "no alt text", new SourcePosition("b.md", 3, 1)));
    CliRun run = CliRun.of(environment, "check", folder.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .endsWith("checked 2 articles: 0 errors, 1 warning" + System.lineSeparator());
  }

  @Test
  void checkWritesNothing() throws Exception {
    CliRun run = CliRun.of(FakeSources.environment(), "check", folder.toString());
    assertThat(run.exitCode()).isZero();
    try (var files = Files.list(folder)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aMissingSourceIsAnIoErrorWithOneLineAndNoStackTrace() {
    CliRun run = CliRun.of(FakeSources.environment(), "check", "no-such-folder");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("pamphlet check: error: no such file or folder: no-such-folder");
    assertThat(run.out()).isEmpty();
  }

  @Test
  void verboseShowsTheStackTraceOfAFailure() {
    CliRun run = CliRun.of(FakeSources.environment(), "check", "--verbose", "no-such-folder");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("NoSuchFileException", "\tat ");
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithoutStackTrace() {
    CliRun run = CliRun.of(FakeSources.environment(), "check", "--bogus");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("pamphlet check: Unknown option: '--bogus'",
        "Run 'pamphlet check --help' for usage.");
    assertThat(run.err()).doesNotContain("\tat ", "Exception");
  }
}
