package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.nio.file.Path;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Every PDF the exporter writes passes veraPDF for PDF/UA-1 and for PDF/A-2u in the same file,
 * with 0 failed checks: handouts, the booklet, large print on Letter, and the stress cases.
 */
class StandardsConformanceTest {
  @TempDir
  static Path folder;

  static Publication sample;

  @BeforeAll
  static void sample() {
    sample = SamplePublications.everything(SamplePublications.png(folder));
  }

  private static InMemoryOutput export(PdfOptions options, Publication publication)
      throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    new PdfExporter(options).export(publication, SourceMap.EMPTY, out,
        ErrorPolicy.EXPORT_ANYWAY);
    return out;
  }

  private static void assertConforms(byte[] pdf) {
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
  }

  @Test
  void everyHandoutAndTheBookletPass() throws Exception {
    InMemoryOutput out = export(PdfOptions.DEFAULTS, sample);
    assertThat(out.files()).hasSize(3);
    out.files().values().forEach(StandardsConformanceTest::assertConforms);
  }

  @Test
  void theLargePrintLetterBookletPasses() throws Exception {
    PdfOptions large = PdfOptions.builder().pageSize(PageSize.LETTER).largePrint(true)
        .products(Products.BOOKLET).build();
    assertConforms(export(large, sample).file("booklet.pdf"));
  }

  @Test
  void theStressCasesPass() throws Exception {
    Publication stress = Publication.builder().title("Stress")
        .article(Article.builder("empty").build())
        .article(Article.builder("long-word").title("Long word")
            .paragraph("x".repeat(3000))
            .paragraph("Odd \uE123 character and a missing picture:")
            .figure("does-not-exist.png", "A missing picture")
            .figure(SamplePublications.translucentPng(folder).toString(), "A red square")
            .figure(SamplePublications.image(folder, "tiff").toString(), "A TIFF square")
            .figure(SamplePublications.image(folder, "bmp").toString(), "A BMP square")
            .build())
        .article(Article.builder("many-items").title("Many items")
            .bulletList(l -> IntStream.range(0, 400).forEach(i -> l.item("Item " + i)))
            .table(t -> {
              t.header("Key", "Value", "Note");
              IntStream.range(0, 150).forEach(i -> t.row("k" + i, "v" + i));
            })
            .build())
        .build();
    InMemoryOutput out = export(PdfOptions.DEFAULTS, stress);
    assertThat(out.files()).hasSize(4);
    out.files().values().forEach(StandardsConformanceTest::assertConforms);
  }

  @Test
  void theValidatorCatchesAPlainUntaggedPdfSoThePassesAboveMeanSomething() throws Exception {
    java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
    try (var document = new org.apache.pdfbox.pdmodel.PDDocument()) {
      document.addPage(new org.apache.pdfbox.pdmodel.PDPage());
      document.save(plain);
    }
    assertThat(VeraPdf.failures(plain.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    assertThat(VeraPdf.failures(plain.toByteArray(), PDFAFlavour.PDFA_2_U)).isNotEmpty();
  }
}
