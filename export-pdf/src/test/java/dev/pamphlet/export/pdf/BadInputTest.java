package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Publication;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Content that is wrong or extreme is laid out or reported, never an exception. */
class BadInputTest {
  @TempDir
  Path folder;

  private record Result(InMemoryOutput out, ExportReport report) {}

  private Result export(Publication publication, SourceMap sourceMap) throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    ExportReport report = new PdfExporter(PdfOptions.builder().products(Products.HANDOUTS)
        .build()).export(publication, sourceMap, out, ErrorPolicy.EXPORT_ANYWAY);
    return new Result(out, report);
  }

  private static List<String> codes(ExportReport report) {
    // Only what the PDF exporter reports; the validator's own rules are tested in core.
    return report.diagnostics().stream().map(Diagnostic::code)
        .filter(code -> code.startsWith("pdf.")).toList();
  }

  @Test
  void aMissingImageIsReportedAtTheFiguresPositionAndItsAltTextPrinted() throws Exception {
    Figure figure = new Figure("missing.png", "Map of the clinic", List.of());
    Article article = Article.builder("map").title("Map").block(figure).build();
    SourceMap sourceMap = SourceMap.builder()
        .put(figure, new SourcePosition(folder.resolve("map.md").toString(), 7, 1))
        .article("map", folder.resolve("map.md").toString()).build();
    Result result = export(Publication.of(article), sourceMap);
    Diagnostic missing = result.report().diagnostics().stream()
        .filter(d -> d.code().equals("pdf.image-missing")).findFirst().orElseThrow();
    assertThat(missing.position().line()).isEqualTo(7);
    assertThat(ReadBack.text(result.out().file("handouts/map.pdf")))
        .contains("[Image not available: Map of the clinic]");
  }

  @Test
  void anImageInAFormatThatCannotBeEmbeddedIsReported() throws Exception {
    Files.writeString(folder.resolve("fake.png"), "not an image");
    Article article = Article.builder("fake").title("Fake")
        .figure(folder.resolve("fake.png").toString(), "Chart").build();
    assertThat(codes(export(Publication.of(article), SourceMap.EMPTY).report()))
        .contains("pdf.image-unreadable");
  }

  @Test
  void imagesInEveryFormatImageIoReadsAreEmbedded() throws Exception {
    Article article = Article.builder("formats").title("Formats")
        .figure(SamplePublications.image(folder, "tiff").toString(), "TIFF")
        .figure(SamplePublications.image(folder, "bmp").toString(), "BMP")
        .figure(SamplePublications.image(folder, "gif").toString(), "GIF")
        .figure(SamplePublications.image(folder, "jpg").toString(), "JPEG")
        .build();
    Result result = export(Publication.of(article), SourceMap.EMPTY);
    assertThat(codes(result.report())).isEmpty();
    try (PDDocument document = ReadBack.open(result.out().file("handouts/formats.pdf"))) {
      assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(4);
    }
  }

  @Test
  void aCharacterNoFontHasIsReportedAndShownAsAReplacementCharacter() throws Exception {
    Article article = Article.builder("glyph").title("Glyph")
        .paragraph("Private \uE123 use").build();
    Result result = export(Publication.of(article), SourceMap.EMPTY);
    assertThat(codes(result.report())).containsExactly("pdf.missing-glyph");
    assertThat(ReadBack.text(result.out().file("handouts/glyph.pdf")))
        .contains("Private \uFFFD use");
  }

  @Test
  void glyphsMissingFromTheMainFamilyComeFromTheFallback() throws Exception {
    // Some character DejaVu Serif has and DejaVu Sans lacks, found through the fonts themselves.
    var fonts = dev.pamphlet.export.pdf.render.FontSet.standard();
    int fallbackOnly = IntStream.range(0x20, 0x3000)
        .filter(cp -> !fonts.families().get(0).face(
            dev.pamphlet.export.pdf.layout.Face.REGULAR).has(cp))
        .filter(cp -> fonts.families().get(1).face(
            dev.pamphlet.export.pdf.layout.Face.REGULAR).has(cp))
        .findFirst().orElseThrow();
    String text = "Fallback " + new String(Character.toChars(fallbackOnly)) + " works";
    Article article = Article.builder("fallback").title("Fallback").paragraph(text).build();
    Result result = export(Publication.of(article), SourceMap.EMPTY);
    assertThat(codes(result.report())).isEmpty();
    assertThat(ReadBack.text(result.out().file("handouts/fallback.pdf"))).contains(text);
    assertThat(ReadBack.glyphs(result.out().file("handouts/fallback.pdf")))
        .anySatisfy(g -> assertThat(g.font()).contains("Serif"));
  }

  @Test
  void aPublicationWithNoArticlesStillGivesABookletWhenExportedAnyway() throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    new PdfExporter().export(Publication.builder().title("Nothing yet").build(), SourceMap.EMPTY,
        out, ErrorPolicy.EXPORT_ANYWAY);
    assertThat(out.files().keySet()).containsExactly("booklet.pdf");
    assertThat(ReadBack.text(out.file("booklet.pdf"))).contains("Nothing yet", "Contents");
  }

  @Test
  void anEmptyArticleGivesAOnePageHandout() throws Exception {
    Result result = export(Publication.of(Article.builder("empty").build()), SourceMap.EMPTY);
    try (PDDocument document = ReadBack.open(result.out().file("handouts/empty.pdf"))) {
      assertThat(document.getNumberOfPages()).isEqualTo(1);
    }
  }

  @Test
  void tenThousandListItemsAreExported() throws Exception {
    Article article = Article.builder("long").title("Long list")
        .bulletList(l -> IntStream.range(0, 10_000).forEach(i -> l.item("Item " + i)))
        .build();
    Result result = export(Publication.of(article), SourceMap.EMPTY);
    byte[] pdf = result.out().file("handouts/long.pdf");
    try (PDDocument document = ReadBack.open(pdf)) {
      assertThat(document.getNumberOfPages()).isGreaterThan(200);
    }
    String text = ReadBack.text(pdf);
    int first = text.indexOf("Item 0\n");
    int middle = text.indexOf("Item 5000\n");
    int last = text.indexOf("Item 9999\n");
    assertThat(first).isNotNegative().isLessThan(middle);
    assertThat(middle).isLessThan(last);
  }
}
