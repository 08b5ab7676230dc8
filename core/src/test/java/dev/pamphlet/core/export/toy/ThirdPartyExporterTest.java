package dev.pamphlet.core.export.toy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.export.ContentErrorsException;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.Exporters;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A third-party exporter on the classpath, registered only through META-INF/services in the
 * test resources, is found and used with no change to core's main code.
 */
class ThirdPartyExporterTest {
  private static Publication twoArticles() {
    return Publication.builder().title("Booklet").language("en")
        .article(Article.builder("one").title("One").paragraph("three words here").build())
        .article(Article.builder("two").title("Two")
            .paragraph(p -> p.text("See ").crossRef("one").text(" now")).build())
        .build();
  }

  @Test
  void toyExporterIsDiscoveredThroughServiceLoader() {
    Exporters exporters = Exporters.discover();
    assertThat(exporters.formats()).contains("wordcount");
    assertThat(exporters.provider("wordcount")).get()
        .isInstanceOf(WordCountExporterProvider.class);
  }

  @Test
  void toyExporterWritesWordCountsUsingTheIndexForUnlabelledReferences() throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    Exporters.discover().create("wordcount", Map.of()).export(twoArticles(), out);
    assertThat(out.files()).containsOnlyKeys("wordcount.txt");
    // "See One now": the unlabelled reference counts as its target's title.
    assertThat(new String(out.file("wordcount.txt"), StandardCharsets.UTF_8))
        .isEqualTo("one\t3\tOne\ntwo\t3\tTwo\ntotal\t6\n");
  }

  @Test
  void publicationWithErrorsIsRefusedWithTheDiagnostics() {
    Publication broken = Publication.builder().title("Booklet").language("en")
        .article(Article.builder("one").title("One")
            .paragraph(p -> p.crossRef("one", "missing")).build())
        .build();
    Exporter exporter = Exporters.discover().create("wordcount", Map.of());
    InMemoryOutput out = new InMemoryOutput();
    assertThatThrownBy(() -> exporter.export(broken, out))
        .isInstanceOf(ContentErrorsException.class)
        .hasMessageContaining("1 error")
        .hasMessageContaining("[xref.dangling]");
    assertThat(out.files()).isEmpty();
  }

  @Test
  void exportAnywayWritesAndReportsTheErrors() throws Exception {
    Publication broken = Publication.builder().title("Booklet").language("en")
        .article(Article.builder("one").title("One")
            .paragraph(p -> p.crossRef("one", "missing")).build())
        .build();
    InMemoryOutput out = new InMemoryOutput();
    ExportReport report = Exporters.discover().create("wordcount", Map.of())
        .export(broken, SourceMap.EMPTY, out, ErrorPolicy.EXPORT_ANYWAY);
    assertThat(report.diagnostics()).filteredOn(Diagnostic::isError)
        .extracting(Diagnostic::code).containsExactly("xref.dangling");
    assertThat(out.files()).containsKey("wordcount.txt");
  }

  @Test
  void badOptionValueIsRejectedNamingTheOption() {
    assertThatThrownBy(() -> Exporters.discover().create("wordcount",
        Map.of("per-article", "maybe")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("per-article");
  }
}
