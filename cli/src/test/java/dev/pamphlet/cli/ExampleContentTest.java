package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command end to end: Markdown and JSON read by the source loader, validated, and
 * exported by the exporters on the classpath.
 */
class ExampleContentTest {
  private final Environment environment = Main.environment();

  @TempDir Path folder;

  private CliRun pamphlet(String... args) {
    return CliRun.of(environment, args);
  }

  private Path write(String name, String text) throws IOException {
    Path file = folder.resolve("content").resolve(name);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  @Test
  void theExampleBookletChecksWithoutErrors() {
    CliRun run = pamphlet("check", Samples.examplesDir().toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).containsPattern("checked 3 articles: 0 errors, \\d+ warnings?");
  }

  @Test
  void theExampleBookletBuildsAsHtml() throws IOException {
    Path out = folder.resolve("out");
    CliRun run = pamphlet("build", Samples.examplesDir().toString(), "--format", "html", "--out",
        out.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(out.resolve("html/index.html")).isNotEmptyFile();
    assertThat(out.resolve("html/ketamine-assisted-therapy.html")).isNotEmptyFile();
    try (Stream<Path> files = Files.walk(out)) {
      long written = files.filter(Files::isRegularFile).count();
      assertThat(run.out()).contains("wrote " + written + " files to " + out + " (html "
          + written + ")");
    }
  }

  @Test
  void danglingCrossReferenceIsReportedWithFileAndLine() throws IOException {
    Path article = write("dosage.md", String.join("\n",
        "---", "title: Dosage", "language: en", "---", "",
        "Read [the side effects](#side-efects) first.", "",
        "## Side effects", "", "Most pass within two hours.", ""));

    CliRun run = pamphlet("check", article.getParent().toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).containsPattern("(?m)^" + Pattern.quote(
        article.toString()) + ":6:\\d+: error: .* \\[xref\\.dangling\\]$");
    assertThat(run.out()).containsPattern("(?m)^checked 1 article: 1 error, \\d+ warnings?$");
  }

  @Test
  void badJsonIsAContentErrorWithLineAndColumn() throws IOException {
    Path json = write("broken.json", "{\n  \"type\": \"publication\",\n  \"articles\": [\n");
    CliRun run = pamphlet("check", json.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
    assertThat(run.out()).containsPattern("(?m)^.*broken\\.json:\\d+:\\d+: error: ");
  }

  @Test
  void aFailedBuildLeavesEarlierOutputsByteForByteUnchanged() throws IOException {
    Path article = write("side-effects.md", String.join("\n",
        "---", "title: Side effects", "language: en", "---", "",
        "Most side effects pass within two hours.", ""));
    Path out = folder.resolve("out");
    assertThat(pamphlet("build", article.toString(), "--format", "html", "--out", out.toString())
        .exitCode()).isZero();
    byte[] before = Files.readAllBytes(out.resolve("html/side-effects.html"));

    Files.writeString(article, "Now see [dosage](#dosage).\n", StandardOpenOption.APPEND);
    CliRun run = pamphlet("build", article.toString(), "--format", "html", "--out",
        out.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Files.readAllBytes(out.resolve("html/side-effects.html"))).isEqualTo(before);
  }

  @Test
  void aMissingImageIsReportedWithFileAndLineAndTheBuildStillWritesEveryFormat()
      throws IOException {
    Path article = write("rest.md", String.join("\n",
        "---", "title: Rest", "language: en", "summary: How to rest.", "---", "",
        "Rest after your visit.", "",
        "![A person resting on a sofa](images/resting.png)", "",
        "1. Lie down.", ""));
    Path out = folder.resolve("out");

    CliRun run = pamphlet("build", article.toString(), "--format", "pdf,epub,html", "--out",
        out.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    // Each exporter says the image is missing, at the figure's line, and prints its alt text.
    assertThat(run.out() + run.err())
        .containsPattern(Pattern.quote(article.toString()) + ":9:1: warning: .*resting\\.png.*"
            + "\\[pdf\\.image-missing\\]")
        .containsPattern(Pattern.quote(article.toString()) + ":9:1: warning: .*"
            + "\\[epub\\.image-missing\\]");
    assertThat(out.resolve("pdf/handouts/rest.pdf")).isNotEmptyFile();
    assertThat(out.resolve("epub/booklet.epub")).isNotEmptyFile();
    assertThat(out.resolve("html/rest.html")).isNotEmptyFile();
  }
}
