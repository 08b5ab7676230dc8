package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Multilingual;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Text in many scripts is written correctly or reported: right-to-left words are drawn from
 * the right and extracted in reading order, Arabic letters join, a character no font has is a
 * diagnostic at its file and line, and invisible characters draw nothing.
 */
class InternationalTextTest {
  private static byte[] pdf;
  private static ExportReport report;
  private static String text;

  @BeforeAll
  static void exportTheMultilingualArticle() throws Exception {
    ReadResult<Article> read = Multilingual.read(!Multilingual.CRLF);
    InMemoryOutput out = new InMemoryOutput();
    report = new PdfExporter(PdfOptions.builder().products(Products.HANDOUTS).build())
        .export(Publication.of(read.value()), read.sourceMap(), out, ErrorPolicy.EXPORT_ANYWAY);
    pdf = out.file("handouts/multilingual.pdf");
    text = ReadBack.text(pdf);
  }

  private static List<Diagnostic> missingGlyphs() {
    return report.diagnostics().stream().filter(d -> d.code().equals("pdf.missing-glyph"))
        .toList();
  }

  @Test
  void everyWordAFontHasComesBackInReadingOrder() {
    List<String> drawable = Multilingual.WORDS.stream()
        .filter(word -> word.codePoints().noneMatch(Character::isIdeographic)).toList();
    assertThat(text).containsSubsequence(drawable);
  }

  @Test
  void hebrewAndArabicAreExtractedInReadingOrder() {
    assertThat(text).contains("הטיפול עוזר למוח להשתנות.");
    assertThat(text).contains("the word שלום means peace.");
    assertThat(text).contains("العلاج يساعد الدماغ على التغير.");
  }

  @Test
  void decomposedVietnameseIsSetAsPrecomposedLetters() {
    assertThat(text).contains("Decomposed: Tiếng Việt.");
  }

  @Test
  void chineseAndEmojiWithoutAGlyphAreReportedAtTheirLines() {
    assertThat(missingGlyphs()).isNotEmpty().allSatisfy(d -> {
      assertThat(d.position().file()).isEqualTo(Multilingual.FILE);
      assertThat(d.position().line()).isIn(Multilingual.CHINESE_LINE, Multilingual.EMOJI_LINE);
    });
    assertThat(missingGlyphs()).anySatisfy(d -> assertThat(d.message()).contains("U+6CBB"));
    assertThat(missingGlyphs()).anySatisfy(d -> assertThat(d.message()).contains("U+1F48A"));
    assertThat(text).contains("Take your pills \uFFFD with water.");
  }

  @Test
  void zeroWidthCharactersAndTabsDrawNothingAndAreNotReported() {
    assertThat(missingGlyphs()).noneMatch(d ->
        d.position().line() == Multilingual.INVISIBLE_LINE);
    assertThat(text).contains("Zerowidth space, zerowidth joiner, nonjoiner, softhyphen, "
        + "byteorder mark.");
    assertThat(text).containsPattern("Tabs +between +words\\.");
  }

  @Test
  void theMultilingualHandoutPassesPdfUaAndPdfA() {
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
  }
}
