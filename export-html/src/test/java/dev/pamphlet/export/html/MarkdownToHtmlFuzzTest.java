package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.testing.FuzzContent;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Any Markdown text exports to HTML without an exception (errors in the content included: they
 * are exported anyway, as {@code --allow-errors} does) and within its time bound; when the
 * content has no error, the Nu HTML Checker finds no error and no warning in any file (every
 * kept input, and a sample while fuzzing).
 *
 * <p>The normal build replays the kept inputs in {@code MarkdownToHtmlFuzzTestInputs/}; how to
 * fuzz for longer is in {@code core/src/test/FUZZING.md}.
 */
class MarkdownToHtmlFuzzTest {
  private static final HtmlExporter HTML = new HtmlExporter(HtmlOptions.DEFAULTS);

  @FuzzTest
  void anyMarkdownExportsToValidHtml(byte[] input) {
    FuzzContent.bounded(() -> {
      FuzzContent.Read read = FuzzContent.markdown(input);
      InMemoryOutput out = new InMemoryOutput();

      ExportReport report = HTML.export(read.publication(), read.sourceMap(), out,
          ErrorPolicy.EXPORT_ANYWAY);

      Map<String, byte[]> files = out.files();
      assertThat(files).isNotEmpty();
      if (read.errorFree(report.diagnostics()) && FuzzContent.sampled(input, 20)) {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          String html = new String(file.getValue(), StandardCharsets.UTF_8);
          // Private-use characters are the author's own (an icon font, say), and so is text
          // that starts with a combining mark (found by fuzzing: a callout's body opening with
          // U+06E8); both are kept as written, so the checker's warnings about them are no
          // fault of the exporter. Its errors and other warnings are.
          assertThat(NuChecker.problems(Outputs.checkable(file.getKey(), html)))
              .as("Nu HTML Checker on %s", file.getKey())
              .allMatch(problem -> problem.contains("warning: ")
                  && (problem.contains("Private Use Area")
                      || problem.contains("Text run starts with a composing character")));
        }
      }
    });
  }
}
