package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.export.Exporters;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PdfExporterProviderTest {
  @Test
  void theExporterIsFoundByServiceLoaderAsPdf() {
    assertThat(Exporters.discover().formats()).contains("pdf");
    assertThat(Exporters.discover().create("pdf", Map.of()).format()).isEqualTo("pdf");
  }

  @Test
  void stringOptionsBecomeTypedOptions() {
    PdfExporter exporter = (PdfExporter) new PdfExporterProvider().create(Map.of(
        "page-size", "letter", "base-size", "14", "large-print", "true", "print-urls", "false",
        "products", "booklet"));
    PdfOptions options = exporter.options();
    assertThat(options.pageSize()).isEqualTo(PageSize.LETTER);
    assertThat(options.baseSize()).isEqualTo(14f);
    assertThat(options.largePrint()).isTrue();
    assertThat(options.printUrls()).isFalse();
    assertThat(options.products()).isEqualTo(Products.BOOKLET);
    assertThat(options.layoutSettings().baseSize()).as("large print").isEqualTo(18f);
    assertThat(options.layoutSettings().leading()).isEqualTo(1.5f);
  }

  @Test
  void unknownOptionsAndBadValuesAreRejectedByName() {
    PdfExporterProvider provider = new PdfExporterProvider();
    assertThatThrownBy(() -> provider.create(Map.of("colour", "red")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("colour");
    assertThatThrownBy(() -> provider.create(Map.of("page-size", "a5")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page-size");
    assertThatThrownBy(() -> provider.create(Map.of("base-size", "huge")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base-size");
    assertThatThrownBy(() -> provider.create(Map.of("base-size", "2")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("base size");
    assertThatThrownBy(() -> provider.create(Map.of("base-size", "48", "margin", "144")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("margins");
  }

  @Test
  void productsChooseWhichFilesAreWritten() throws Exception {
    Publication publication = Publication.of(Article.builder("a").title("A").build());
    InMemoryOutput handouts = new InMemoryOutput();
    new PdfExporterProvider().create(Map.of("products", "handouts")).export(publication,
        handouts);
    assertThat(handouts.files().keySet()).containsExactly("handouts/a.pdf");
    InMemoryOutput booklet = new InMemoryOutput();
    new PdfExporterProvider().create(Map.of("products", "booklet")).export(publication,
        booklet);
    assertThat(booklet.files().keySet()).containsExactly("booklet.pdf");
  }

  @Test
  void letterPagesAreLetterSizedAndUrlsArePrintedOnlyWhenAsked() throws Exception {
    Publication publication = Publication.of(Article.builder("a").title("A")
        .paragraph(p -> p.text("Visit ").link("https://example.org/help", "our help pages"))
        .build());
    InMemoryOutput out = new InMemoryOutput();
    new PdfExporterProvider().create(Map.of("page-size", "letter", "print-urls", "false",
        "products", "handouts")).export(publication, out);
    byte[] pdf = out.file("handouts/a.pdf");
    try (var document = ReadBack.open(pdf)) {
      assertThat(document.getPage(0).getMediaBox().getWidth()).isEqualTo(612f);
      assertThat(document.getPage(0).getMediaBox().getHeight()).isEqualTo(792f);
    }
    assertThat(ReadBack.text(pdf)).contains("Visit our help pages")
        .doesNotContain("https://example.org/help");
    InMemoryOutput printed = new InMemoryOutput();
    new PdfExporterProvider().create(Map.of("products", "handouts")).export(publication,
        printed);
    assertThat(ReadBack.text(printed.file("handouts/a.pdf")))
        .contains("our help pages (https://example.org/help)");
  }
}
