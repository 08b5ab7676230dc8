package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.export.Exporters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pamphlet build} with the toy exporter, which only the test classpath registers: the
 * command treats it exactly like a third-party exporter jar.
 */
class BuildCommandTest {
  @TempDir Path folder;

  private CliRun build(String... args) {
    List<String> all = new ArrayList<>(List.of("build", folder.toString(), "--out", out()
        .toString()));
    all.addAll(List.of(args));
    return CliRun.of(FakeSources.environment(), all.toArray(String[]::new));
  }

  private Path out() {
    return folder.resolve("out");
  }

  private String read(String path) throws IOException {
    return Files.readString(out().resolve(path));
  }

  @Test
  void writesEachFormatIntoItsOwnFolderAndListsEveryFile() throws IOException {
    CliRun run = build("--format", "toy");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(read("toy/articles/first-steps.txt")).isEqualTo("First steps\n");
    assertThat(read("toy/articles/side-effects.txt")).isEqualTo("Side effects\n");
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).matches("grade -?\\d+\\.\\d \\(target 8\\) first-steps");
    assertThat(lines.get(1)).matches("grade -?\\d+\\.\\d \\(target 8\\) side-effects");
    assertThat(lines.subList(2, lines.size())).containsExactly(
        "wrote " + out().resolve("toy/articles/first-steps.txt"),
        "wrote " + out().resolve("toy/articles/side-effects.txt"),
        "wrote " + out().resolve("toy/options.txt"),
        "wrote 3 files to " + out() + " (toy 3); 0 errors, 0 warnings");
  }

  @Test
  void withoutFormatEveryExporterFoundOnTheClasspathWrites() {
    CliRun run = build();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> found = Exporters.discover().formats();
    assertThat(found).contains("html", "toy");
    for (String format : found) {
      assertThat(out().resolve(format)).isDirectory();
    }
  }

  @Test
  void progressIsPrintedAsPlainLinesWhenNotOnATerminal() {
    CliRun run = build("--format", "toy");
    assertThat(run.err().lines()).containsExactly("[1/2] reading " + folder, "[2/2] toy");
  }

  @Test
  void verboseSaysWhatEachExporterWasGivenAndHowLongItTook() {
    CliRun run = build("--format", "toy", "--large-print", "--verbose");
    assertThat(run.err())
        .containsPattern("pamphlet build: read and checked 2 articles in \\d+ ms")
        .containsPattern("pamphlet build: toy \\{large-print=true\\}: 3 files in \\d+ ms");
  }

  @Test
  void genericFlagsReachEveryExporterThatDeclaresThem() throws IOException {
    CliRun run = build("--format", "toy", "--page-size", "LETTER", "--large-print",
        "--handouts-only", "--organization", "Riverside Clinic");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(read("toy/options.txt")).isEqualTo(String.join("\n",
        "large-print=true", "page-size=letter", "products=handouts",
        "organization=Riverside Clinic", ""));
  }

  @Test
  void passThroughOptionsReachTheNamedExporterAndWinOverGenericFlags() throws IOException {
    CliRun run = build("--format", "toy", "--page-size", "a4", "--option", "toy.shout=true",
        "--option", "toy.page-size=letter");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(read("toy/articles/first-steps.txt")).isEqualTo("FIRST STEPS\n");
    assertThat(read("toy/options.txt")).contains("page-size=letter\n", "shout=true\n");
  }

  @Test
  void anOptionTheExporterDoesNotDeclareIsAUsageError() {
    CliRun run = build("--format", "toy", "--option", "toy.colour=red");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("pamphlet build: error: --option toy.colour: the toy "
        + "exporter has no option \"colour\"; it takes: crash, fail, large-print, page-size, "
        + "pause-ms, products, shout (see 'pamphlet formats')");
    assertThat(out()).doesNotExist();
  }

  @Test
  void aValueTheExporterRefusesIsAUsageError() {
    CliRun run = build("--format", "toy", "--option", "toy.page-size=a3");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("pamphlet build: error: toy: page-size must be a4 or letter")
        .doesNotContain("\tat ");
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheFormatsFound() {
    CliRun run = build("--format", "toy,docx");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format: no exporter for format \"docx\"; found: ")
        .contains("toy");
  }

  @Test
  void aBadFlagValueIsAUsageErrorWithoutStackTrace() {
    CliRun run = build("--format", "toy", "--page-size", "a3");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains(
        "pamphlet build: Invalid value for option '--page-size': "
            + "expected a4 or letter but was 'a3'",
        "Run 'pamphlet build --help' for usage.").doesNotContain("\tat ");
  }

  @Test
  void handoutsOnlyAndBookletOnlyExcludeEachOther() {
    CliRun run = build("--format", "toy", "--handouts-only", "--booklet-only");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("mutually exclusive");
  }

  @Test
  void aMissingSourceIsAnIoError() {
    CliRun run = CliRun.of(FakeSources.environment(), "build", "missing.md", "--format", "toy",
        "--out", out().toString());
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("pamphlet build: error: no such file or folder: missing.md");
  }

  @Test
  void aFailingExportLeavesThePreviousOutputUntouchedAndNoPartialFiles() throws IOException {
    assertThat(build("--format", "toy").exitCode()).isZero();
    String before = read("toy/options.txt");

    CliRun run = build("--format", "toy", "--option", "toy.shout=true", "--option",
        "toy.fail=true");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("pamphlet build: error: the toy export failed: toy failure, "
        + "as requested; nothing was written, earlier outputs are unchanged")
        .doesNotContain("\tat ");
    assertThat(read("toy/articles/first-steps.txt")).isEqualTo("First steps\n");
    assertThat(read("toy/options.txt")).isEqualTo(before);
    assertThat(allFiles(out())).noneMatch(path -> path.toString().endsWith(".part"))
        .hasSize(3);
  }

  @Test
  void anExporterBugIsAnInternalErrorWithAHintAndNoStackTrace() {
    CliRun run = build("--format", "toy", "--option", "toy.crash=true");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("pamphlet build: internal error: the toy export failed: "
        + "java.lang.IllegalStateException: toy crash, as requested; nothing was written",
        "This is a bug. Run again with --verbose and report what it prints.")
        .doesNotContain("\tat ");
  }

  @Test
  void verboseShowsTheStackTraceOfAnExporterBug() {
    CliRun run = build("--format", "toy", "--option", "toy.crash=true", "--verbose");
    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("IllegalStateException: toy crash", "\tat dev.pamphlet");
  }

  @Test
  void contentErrorsStopTheBuildBeforeAnythingIsWritten() {
    Environment environment = FakeSources.environment(FakeSources.twoArticles(),
        Diagnostic.error("xref.dangling", "no section has the id \"dosage\"",
            new SourcePosition("a.md", 12, 5)));
    CliRun run = CliRun.of(environment, "build", folder.toString(), "--format", "toy", "--out",
        out().toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(
        "a.md:12:5: error: no section has the id \"dosage\" [xref.dangling]",
        "1 error, 0 warnings; nothing was written (--allow-errors writes anyway)");
    assertThat(out()).doesNotExist();
  }

  @Test
  void allowErrorsWritesAnywayButStillExitsWithOne() {
    Environment environment = FakeSources.environment(FakeSources.twoArticles(),
        Diagnostic.error("xref.dangling", "no section has the id \"dosage\"",
            new SourcePosition("a.md", 12, 5)));
    CliRun run = CliRun.of(environment, "build", folder.toString(), "--format", "toy", "--out",
        out().toString(), "--allow-errors");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(out().resolve("toy/options.txt")).exists();
    assertThat(run.out()).contains("[xref.dangling]", "wrote 3 files");
  }

  @Test
  void anOutputPathThatIsAFileIsAnIoError() throws IOException {
    Files.writeString(out(), "not a folder");
    CliRun run = build("--format", "toy");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip()).isEqualTo("pamphlet build: error: not a folder: " + out());
    assertThat(Files.readString(out())).isEqualTo("not a folder");
  }

  @Test
  void aFlagNoExporterBeingBuiltTakesIsNotedNotRefused() {
    CliRun run = build("--format", "html", "--page-size", "letter");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("pamphlet build: note: --page-size has no effect on html");
  }

  @Test
  void aFlagGoesOnlyToTheExportersWhoseOptionOfThatNameTakesItsValue() throws IOException {
    // html's "mode" means fragment or standalone; handouts is not one of them.
    CliRun run = build("--format", "toy,html", "--handouts-only");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(read("toy/options.txt")).contains("products=handouts\n");
    assertThat(run.err()).contains("pamphlet build: note: --handouts-only does not apply to html");
    assertThat(run.out()).contains("wrote " + out().resolve("html/"));
  }

  private static List<Path> allFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).toList();
    }
  }
}
