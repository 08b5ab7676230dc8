package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Multilingual;
import dev.pamphlet.export.pdf.layout.Face;
import dev.pamphlet.export.pdf.layout.LayoutSettings;
import dev.pamphlet.export.pdf.render.FontFamily;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
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
    InMemoryOutput out = new InMemoryOutput();
    report = export(Multilingual.read(!Multilingual.CRLF), PdfOptions.builder(), out);
    pdf = out.file("handouts/multilingual.pdf");
    text = ReadBack.text(pdf);
  }

  private static ExportReport export(ReadResult<Article> read, PdfOptions.Builder options,
      InMemoryOutput out) throws Exception {
    return new PdfExporter(options.products(Products.HANDOUTS).build())
        .export(Publication.of(read.value()), read.sourceMap(), out, ErrorPolicy.EXPORT_ANYWAY);
  }

  private static byte[] handout(Article article, PdfOptions.Builder options) throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    export(new ReadResult<>(article, List.of(), SourceMap.EMPTY), options, out);
    return out.file("handouts/" + article.id() + ".pdf");
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
  void aMarkWithNoPrecomposedLetterIsPlacedByTheShaperAndNotReported() throws Exception {
    // x with dot below and acute: Unicode has no precomposed letter, so NFC leaves the marks.
    Article article = Article.builder("marks").title("Marks")
        .paragraph("Mark x\u0323\u0301 here.").build();
    InMemoryOutput out = new InMemoryOutput();
    ExportReport marks = export(new ReadResult<>(article, List.of(), SourceMap.EMPTY),
        PdfOptions.builder(), out);
    assertThat(marks.diagnostics()).noneMatch(d -> d.code().equals("pdf.missing-glyph"));
    byte[] file = out.file("handouts/marks.pdf");
    assertThat(ReadBack.text(file)).contains("Mark x\u0323\u0301 here.");
    assertThat(VeraPdf.failures(file, PDFAFlavour.PDFA_2_U)).isEmpty();
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
  void rightAlignedAndShapedLinesStayInsideTheContentBox() throws Exception {
    ReadBack.assertInsideContentBox(pdf, PdfOptions.DEFAULTS.layoutSettings());
  }

  @Test
  void windowsLineEndsMakeTheSameFile() throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    export(Multilingual.read(Multilingual.CRLF), PdfOptions.builder(), out);
    assertThat(out.file("handouts/multilingual.pdf")).isEqualTo(pdf);
  }

  @Test
  void aHebrewArticleWithLatinAndDigitsReadsInOrderAndTheFileStaysValid() throws Exception {
    Article hebrew = Article.builder("shalom").title("מידע למטופל").language("he")
        .paragraph("הטיפול עוזר למוח להשתנות.")
        .paragraph("PDF הוא פורמט, והטיפול נמשך 40 דקות.").build();
    byte[] file = handout(hebrew, PdfOptions.builder());
    assertThat(ReadBack.text(file)).contains("מידע למטופל", "הטיפול עוזר למוח להשתנות.",
        "PDF הוא פורמט, והטיפול נמשך 40 דקות.");
    assertThat(VeraPdf.failures(file, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failures(file, PDFAFlavour.PDFA_2_U)).isEmpty();
  }

  @Test
  void theStructureTreeReadsAMixedLineInReadingOrder() throws Exception {
    String sentence = "PDF הוא פורמט, והטיפול נמשך 40 דקות.";
    Article hebrew = Article.builder("order").title("סדר").language("he").paragraph(sentence)
        .build();
    try (PDDocument document = ReadBack.open(handout(hebrew, PdfOptions.builder()))) {
      assertThat(elementTexts(document, "P")).containsExactly(sentence);
    }
  }

  /**
   * The text of each element of the given types on the first page, in structure-tree order:
   * what a screen reader reads, whatever the order the text is drawn in.
   */
  private static List<String> elementTexts(PDDocument document, String... types)
      throws IOException {
    PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
    extractor.processPage(document.getPage(0));
    Map<Integer, String> byMcid = new HashMap<>();
    for (PDMarkedContent content : extractor.getMarkedContents()) {
      byMcid.put(content.getMCID(), textOf(content));
    }
    List<String> texts = new ArrayList<>();
    for (PDStructureElement element : ReadBack.elements(document)) {
      if (List.of(types).contains(element.getStructureType())) {
        StringBuilder read = new StringBuilder();
        for (Object kid : element.getKids()) {
          read.append(byMcid.get(kid instanceof PDMarkedContentReference reference
              ? reference.getMCID() : (Integer) kid));
        }
        texts.add(read.toString());
      }
    }
    return texts;
  }

  /** What a screen reader gets from marked content: its ActualText, else its glyphs' text. */
  private static String textOf(PDMarkedContent content) {
    if (content.getActualText() != null) {
      return content.getActualText();
    }
    StringBuilder text = new StringBuilder();
    for (Object part : content.getContents()) {
      if (part instanceof TextPosition position) {
        text.append(position.getUnicode());
      } else if (part instanceof PDMarkedContent inner) {
        text.append(textOf(inner));
      }
    }
    return text.toString();
  }

  @Test
  void inARightToLeftArticleListMarkersStandRightOfTheirItems() throws Exception {
    Article hebrew = Article.builder("list").title("רשימה").language("he")
        .bulletList(list -> list.item("פריט ראשון").item("פריט שני")).build();
    byte[] file = handout(hebrew, PdfOptions.builder());
    List<ReadBack.Glyph> glyphs = ReadBack.glyphs(file);
    ReadBack.Glyph bullet = glyphs.stream().filter(g -> g.text().equals("\u2022")).findFirst()
        .orElseThrow();
    float itemRight = (float) glyphs.stream()
        .filter(g -> g != bullet && Math.abs(g.bottom() - bullet.bottom()) < 1)
        .mapToDouble(ReadBack.Glyph::right).max().orElseThrow();
    assertThat(bullet.left()).isGreaterThanOrEqualTo(itemRight);
    ReadBack.assertInsideContentBox(file, PdfOptions.DEFAULTS.layoutSettings());
  }

  @Test
  void inARightToLeftArticleATablesFirstColumnStandsAtTheRight() throws Exception {
    Article hebrew = Article.builder("table").title("טבלה").language("he")
        .table(t -> t.header("שלב", "דקות").row("הגעה", "15").row("מנוחה", "60")).build();
    byte[] file = handout(hebrew, PdfOptions.builder());
    List<ReadBack.Glyph> glyphs = ReadBack.glyphs(file);
    for (String[] row : new String[][] {{"ש", "ד"}, {"ג", "1"}, {"נ", "6"}}) {
      ReadBack.Glyph first = glyphs.stream().filter(g -> g.text().equals(row[0])).findFirst()
          .orElseThrow();
      ReadBack.Glyph second = glyphs.stream().filter(g -> g.text().equals(row[1])
          && Math.abs(g.bottom() - first.bottom()) < 1).findFirst().orElseThrow();
      assertThat(first.left()).as("row of %s", row[0]).isGreaterThan(second.right());
    }
    try (PDDocument document = ReadBack.open(file)) {
      assertThat(elementTexts(document, "TH", "TD"))
          .containsExactly("שלב", "דקות", "הגעה", "15", "מנוחה", "60");
    }
    ReadBack.assertInsideContentBox(file, PdfOptions.DEFAULTS.layoutSettings());
  }

  @Test
  void inARightToLeftArticleQuotesAndCalloutsAreIndentedFromTheRight() throws Exception {
    Article hebrew = Article.builder("indents").title("הזחות").language("he")
        .paragraph("אבג")
        .quote(q -> q.paragraph("דהו"))
        .callout(CalloutKind.NOTE, c -> c.paragraph("זחט"))
        .build();
    byte[] file = handout(hebrew, PdfOptions.builder());
    List<ReadBack.Glyph> glyphs = ReadBack.glyphs(file);
    LayoutSettings settings = PdfOptions.DEFAULTS.layoutSettings();
    float contentRight = settings.pageWidth() - settings.marginRight();
    float base = settings.baseSize();
    assertThat(rightEdge(glyphs, "אבג")).isCloseTo(contentRight, within(1f));
    assertThat(rightEdge(glyphs, "דהו")).isLessThanOrEqualTo(contentRight - base);
    assertThat(rightEdge(glyphs, "זחט")).isLessThanOrEqualTo(contentRight - base * 0.8f);
    ReadBack.assertInsideContentBox(file, settings);
  }

  /** The right edge of the body-size glyphs drawn for {@code letters}. */
  private static float rightEdge(List<ReadBack.Glyph> glyphs, String letters) {
    return (float) glyphs.stream()
        .filter(g -> g.size() == 12 && g.text().length() == 1 && letters.contains(g.text()))
        .mapToDouble(ReadBack.Glyph::right).max().orElseThrow();
  }

  @Test
  void hebrewAndArabicComeFromTheFallbackFamilyWhenTheMainOneLacksThem() throws Exception {
    FontFamily serif = FontFamily.dejaVuSerif();
    assertThat(serif.face(Face.REGULAR).has('ש')).isFalse();
    assertThat(serif.face(Face.REGULAR).has('ع')).isFalse();
    Article article = Article.builder("fallback").title("Fallback")
        .paragraph("Peace: שלום, سلام.").build();
    byte[] file = handout(article, PdfOptions.builder()
        .fonts(List.of(serif, FontFamily.dejaVu())));
    assertThat(ReadBack.text(file)).contains("Peace: שלום, سلام.");
    try (PDDocument document = ReadBack.open(file)) {
      List<String> fonts = new ArrayList<>();
      for (COSName name : document.getPage(0).getResources().getFontNames()) {
        fonts.add(document.getPage(0).getResources().getFont(name).getName());
      }
      assertThat(fonts).anyMatch(name -> name.contains("DejaVuSerif"))
          .anyMatch(name -> name.contains("DejaVuSans"));
    }
  }

  @Test
  void theMultilingualHandoutPassesPdfUaAndPdfA() {
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
  }
}
