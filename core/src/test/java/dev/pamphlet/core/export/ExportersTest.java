package dev.pamphlet.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourcePosition;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Discovery finds providers by format name; creating an unknown format says what exists. */
class ExportersTest {
  @Test
  void formatsAreListedSortedAndProvidersFoundByName() {
    Exporters exporters = Exporters.discover();
    assertThat(exporters.formats()).isSorted().contains("wordcount");
    assertThat(exporters.providers()).extracting(ExporterProvider::format)
        .containsExactlyElementsOf(exporters.formats());
    assertThat(exporters.provider("wordcount")).isPresent();
    assertThat(exporters.provider("nothing")).isEmpty();
  }

  @Test
  void unknownFormatIsRejectedListingTheFormatsFound() {
    assertThatThrownBy(() -> Exporters.discover().create("docx", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("docx").hasMessageContaining("wordcount");
  }

  @Test
  void classLoaderWithoutProvidersFindsNothing() {
    // A loader that sees only the JDK: no META-INF/services registrations at all.
    try (URLClassLoader empty = new URLClassLoader(new URL[0], null)) {
      assertThat(Exporters.discover(empty).formats()).isEmpty();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void contentErrorsExceptionSummarisesTheErrorsAndKeepsEveryDiagnostic() {
    Diagnostic error = Diagnostic.error("xref.dangling", "gone",
        new SourcePosition("a.md", 3, 4));
    Diagnostic warning = Diagnostic.warning("section.empty", "empty", SourcePosition.of("a.md"));
    ContentErrorsException e = new ContentErrorsException(List.of(warning, error));
    assertThat(e.getMessage()).startsWith("the content has 1 error; nothing was exported")
        .contains("a.md:3:4: error: gone [xref.dangling]").doesNotContain("section.empty");
    assertThat(e.diagnostics()).containsExactly(warning, error);
  }

  @Test
  void exportReportSortsAndDeduplicates() {
    Diagnostic a = Diagnostic.warning("w", "m", new SourcePosition("a.md", 1, 1));
    Diagnostic b = Diagnostic.warning("w", "m", new SourcePosition("b.md", 1, 1));
    assertThat(new ExportReport(List.of(b, a, b)).diagnostics()).containsExactly(a, b);
  }
}
