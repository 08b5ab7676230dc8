package dev.pamphlet.export.epub;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.testing.FuzzContent;

/**
 * Any Markdown text exports to an EPUB without an exception (errors in the content included:
 * they are exported anyway, as {@code --allow-errors} does) and within its time bound; when the
 * content has no error, EPUBCheck reports nothing — no fatal error, error, warning or usage
 * message (every kept input, and a sample while fuzzing).
 *
 * <p>The normal build replays the kept inputs in {@code MarkdownToEpubFuzzTestInputs/}; how to
 * fuzz for longer is in {@code core/src/test/FUZZING.md}.
 */
class MarkdownToEpubFuzzTest {
  private static final EpubExporter EPUB = new EpubExporter(EpubOptions.DEFAULTS);

  @FuzzTest
  void anyMarkdownExportsToValidEpub(byte[] input) {
    FuzzContent.bounded(() -> {
      FuzzContent.Read read = FuzzContent.markdown(input);
      InMemoryOutput out = new InMemoryOutput();

      ExportReport report = EPUB.export(read.publication(), read.sourceMap(), out,
          ErrorPolicy.EXPORT_ANYWAY);

      byte[] epub = out.file(EpubExporter.FILE_NAME);
      if (read.errorFree(report.diagnostics()) && FuzzContent.sampled(input, 50)) {
        assertThat(EpubCheckRun.problems(epub)).as("EPUBCheck").isEmpty();
      }
    });
  }
}
