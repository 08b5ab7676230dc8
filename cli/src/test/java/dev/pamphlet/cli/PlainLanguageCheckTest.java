package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plain-language check in {@code pamphlet check} and {@code pamphlet build}: the
 * readability table, {@code --max-grade}, {@code --format json}, the manifest's rules and
 * {@code --strict}.
 */
class PlainLanguageCheckTest {
  private static final String EXAMPLE_IDS =
      "(ketamine-assisted-therapy|brain-networks|neuroplasticity-and-depression)";

  private final Environment environment = Main.environment();

  @TempDir Path folder;

  private CliRun pamphlet(String... args) {
    return CliRun.of(environment, args);
  }

  private static String examples() {
    return Samples.examplesDir().toString();
  }

  /** A copy of the example booklet, with {@code plainLanguage} added to its manifest. */
  private Path examplesWith(String plainLanguage) throws IOException {
    Path copy = folder.resolve("booklet");
    Files.createDirectories(copy);
    try (var files = Files.list(Samples.examplesDir())) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        Files.copy(file, copy.resolve(file.getFileName()));
      }
    }
    Files.writeString(copy.resolve("booklet.yaml"), plainLanguage,
        java.nio.file.StandardOpenOption.APPEND);
    return copy;
  }

  @Test
  void checkPrintsAReadabilityTableForTheExamplesWhichMeetTheDefaultTarget() {
    CliRun run = pamphlet("check", examples());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<String> lines = run.out().lines().toList();
    int title = lines.indexOf("plain language (target grade 8):");
    assertThat(title).as(run.toString()).isNotNegative();
    assertThat(lines.get(title + 1)).matches("article +grade +ease +SMOG +words +findings");
    for (int row = title + 2; row < title + 5; row++) {
      assertThat(lines.get(row)).matches(EXAMPLE_IDS + " +[0-8]\\.\\d +\\d+\\.\\d +\\d+\\.\\d "
          + "+\\d+ +\\d+");
    }
    // Aligned: every row is as long as the header, numbers right-aligned under it.
    assertThat(lines.subList(title + 1, title + 5)).extracting(String::length)
        .containsOnly(lines.get(title + 1).length());
    assertThat(lines.get(lines.size() - 1)).startsWith("checked 3 articles: 0 errors");
  }

  @Test
  void aGradeAboveMaxGradeIsAnErrorAndFailsTheCheck() {
    CliRun run = pamphlet("check", examples(), "--max-grade", "2");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).containsPattern("(?m)^.*ketamine-assisted-therapy\\.md(:\\d+:\\d+)?: "
        + "error: article 'ketamine-assisted-therapy' reads at grade \\d+\\.\\d, above the "
        + "target of 2: .* \\[plain\\.grade-high\\]$");
    assertThat(run.out().lines().filter(line -> line.endsWith("[plain.grade-high]")))
        .hasSize(3).allMatch(line -> line.contains(": error: "));
    assertThat(run.out()).contains("plain language (target grade 2):")
        .containsPattern("(?m)^checked 3 articles: 3 errors, ");
  }

  @Test
  void plainLanguageFindingsArePrintedLikeEveryOtherDiagnostic() {
    CliRun run = pamphlet("check", examples(), "--max-grade", "2");
    List<String> diagnostics = run.out().lines()
        .takeWhile(line -> !line.startsWith("plain language (")).toList();
    assertThat(diagnostics).isNotEmpty()
        .allMatch(line -> line.matches(".+: (error|warning|info): .+ \\[[a-z.-]+\\]"));
  }

  @Test
  void jsonFormatWritesOnlyTheReportToStandardOutput() throws Exception {
    CliRun run = pamphlet("check", examples(), "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode report = JsonMapper.builder().build().readTree(run.out());
    assertThat(report.get("targetGrade").asDouble()).isEqualTo(8.0);
    assertThat(report.get("articles")).hasSize(3);
    assertThat(report.get("articles").get(0).get("id").asString())
        .isEqualTo("ketamine-assisted-therapy");
    assertThat(report.get("articles").get(0).get("scores").get("fleschKincaidGrade").asDouble())
        .isBetween(0.0, 8.0);
    assertThat(run.err()).containsPattern("(?m)^checked 3 articles: 0 errors");
  }

  @Test
  void jsonFindingsCarryTheSeverityOfTheCheck() throws Exception {
    CliRun run = pamphlet("check", examples(), "--format", "json", "--max-grade", "2");

    assertThat(run.exitCode()).isEqualTo(1);
    JsonNode findings = JsonMapper.builder().build().readTree(run.out())
        .get("articles").get(0).get("findings");
    assertThat(findings.valueStream()
        .filter(f -> f.get("code").asString().equals("plain.grade-high")))
        .singleElement().matches(f -> f.get("severity").asString().equals("error"));
  }

  @Test
  void anArticleInAnotherLanguageIsNotScored() {
    Publication publication = Publication.builder().title("Mixed").language("en")
        .article(Article.builder("first-steps").title("First steps")
            .paragraph("Come with someone who can drive you home.").build())
        .article(Article.builder("erste-schritte").title("Erste Schritte").language("de")
            .paragraph("Kommen Sie mit jemandem, der Sie nach Hause fahren kann.").build())
        .build();

    CliRun run = CliRun.of(FakeSources.environment(publication), "check", folder.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).containsPattern("(?m)^erste-schritte +not scored \\(language de\\)$")
        .containsPattern("(?m)^first-steps +\\d+\\.\\d ")
        .contains("[plain.language-unsupported]");
  }

  @Test
  void theManifestsTargetGradeSetsTheTargetAndMaxGradeWins() throws IOException {
    Path booklet = examplesWith("plain-language:\n  target-grade: 2\n");

    CliRun strictManifest = pamphlet("check", booklet.toString());
    assertThat(strictManifest.exitCode()).as(strictManifest.toString()).isEqualTo(1);
    assertThat(strictManifest.out()).contains("plain language (target grade 2):",
        "above the target of 2");

    CliRun flagWins = pamphlet("check", booklet.toString(), "--max-grade", "8");
    assertThat(flagWins.exitCode()).as(flagWins.toString()).isZero();
    assertThat(flagWins.out()).contains("plain language (target grade 8):")
        .doesNotContain("[plain.grade-high]");
  }

  @Test
  void aBadPlainLanguageSettingInTheManifestIsReported() throws IOException {
    Path booklet = examplesWith("plain-language:\n  target-grade: easy\n");

    CliRun run = pamphlet("check", booklet.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains(booklet.resolve("booklet.yaml")
        + ": error: 'plain-language.target-grade' must be a positive number");
  }

  @Test
  void aMaxGradeOfZeroIsAUsageError() {
    CliRun run = pamphlet("check", examples(), "--max-grade", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip())
        .isEqualTo("pamphlet check: error: --max-grade must be above 0, was 0.0");
  }

  @Test
  void anUnknownCheckFormatIsAUsageError() {
    CliRun run = pamphlet("check", examples(), "--format", "xml");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--format must be table or json, was 'xml'");
  }

  @Test
  void buildPrintsEachArticlesGradeAndBuildsAnyway() {
    Path out = folder.resolve("out");
    CliRun run = pamphlet("build", examples(), "--format", "html", "--out", out.toString(),
        "--max-grade", "2");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out().lines().filter(line -> line.startsWith("grade ")))
        .hasSize(3).allMatch(line -> line.matches("grade \\d+\\.\\d \\(target 2\\) "
            + EXAMPLE_IDS));
    assertThat(run.out()).contains("warning: article 'brain-networks' reads at grade")
        .doesNotContain("[plain.hard-word]");
    assertThat(out.resolve("html/index.html")).isNotEmptyFile();
  }

  @Test
  void strictBuildStopsOnAGradeAboveTheTargetAndWritesNothing() {
    Path out = folder.resolve("out");
    CliRun run = pamphlet("build", examples(), "--format", "html", "--out", out.toString(),
        "--max-grade", "2", "--strict");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).containsPattern("(?m): error: article 'brain-networks' reads at "
        + "grade \\d+\\.\\d, above the target of 2: .* \\[plain\\.grade-high\\]$")
        .contains("3 errors, ", "nothing was written");
    assertThat(out).doesNotExist();
  }

  @Test
  void strictBuildWithinTheTargetWrites() {
    Path out = folder.resolve("out");
    CliRun run = pamphlet("build", examples(), "--format", "html", "--out", out.toString(),
        "--strict");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("(target 8) brain-networks");
    assertThat(out.resolve("html/index.html")).isNotEmptyFile();
  }
}
