package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.pdf.layout.LayoutSettings;
import dev.pamphlet.export.pdf.render.FontFamily;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Large print follows large-print guidance; users can set the text in their own family. */
class LargePrintAndFontsTest {
  @TempDir
  static Path folder;

  static Publication publication;

  @BeforeAll
  static void sample() {
    publication = SamplePublications.everything(SamplePublications.png(folder));
  }

  private static byte[] handout(PdfOptions options) throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    new PdfExporter(options).export(publication, out);
    return out.file("handouts/sessions.pdf");
  }

  @Test
  void largePrintSetsEveryGlyphAtEighteenPointsOrMoreAndNeverInItalics() throws Exception {
    PdfOptions options = PdfOptions.builder().largePrint(true).build();
    LayoutSettings settings = options.layoutSettings();
    assertThat(settings.leading()).isEqualTo(1.5f);
    InMemoryOutput out = new InMemoryOutput();
    new PdfExporter(options).export(publication, out);
    assertThat(out.files()).isNotEmpty();
    for (var file : out.files().entrySet()) {
      List<ReadBack.Glyph> glyphs = ReadBack.glyphs(file.getValue());
      // the running header and footer included: large-print guidance is for all the text
      assertThat(glyphs).as(file.getKey()).isNotEmpty().allSatisfy(glyph -> {
        assertThat(glyph.font()).doesNotContain("Oblique", "Italic");
        assertThat(glyph.size()).as(glyph.toString()).isGreaterThanOrEqualTo(18f);
      });
      assertThat(glyphs).as(file.getKey()).anySatisfy(glyph ->
          assertThat(glyph.bottom()).isLessThan(settings.marginBottom()));
      ReadBack.assertInsideContentBox(file.getValue(), settings);
      ReadBack.assertFurnitureDoesNotOverlap(file.getValue(), settings);
    }
  }

  @Test
  void largePrintStillNumbersPagesAndReferencesRight() throws Exception {
    byte[] pdf = handout(PdfOptions.builder().largePrint(true).products(Products.HANDOUTS)
        .build());
    String text = ReadBack.text(pdf);
    try (var document = ReadBack.open(pdf)) {
      int pages = document.getNumberOfPages();
      assertThat(text).contains("Page " + pages + " of " + pages);
      int afterwards = -1;
      for (int i = 0; i < pages; i++) {
        var stripper = new org.apache.pdfbox.text.PDFTextStripper();
        stripper.setStartPage(i + 1);
        stripper.setEndPage(i + 1);
        if (stripper.getText(document).contains("Rest for the rest of the day")) {
          afterwards = i + 1;
        }
      }
      assertThat(text).contains("Afterwards (page " + afterwards + ")");
    }
  }

  @Test
  void aUserFamilyIsUsedFirstAndTheDefaultStaysAsFallback() throws Exception {
    PdfOptions options = PdfOptions.builder().products(Products.HANDOUTS)
        .fonts(List.of(FontFamily.dejaVuSerif(), FontFamily.dejaVu())).build();
    List<ReadBack.Glyph> glyphs = ReadBack.glyphs(handout(options));
    assertThat(glyphs).filteredOn(g -> g.text().equals("W"))
        .allSatisfy(g -> assertThat(g.font()).contains("Serif"));
  }
}
