package dev.pamphlet.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.load.SourceLoader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.CorpusGenerator;
import dev.pamphlet.core.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing is lost: every word of text in the model is in the HTML, in the EPUB chapters and in
 * the PDF's extracted text, in order. Checked here on the sample using every node type, the
 * example booklet and the generated corpus; {@link SpecExamplesNothingLostTest} does the
 * CommonMark and GFM spec examples and {@link NothingLostPropertyTest} generated publications.
 *
 * <h2>The rule, precisely</h2>
 *
 * <p><b>Which text.</b> For each article ({@link ReadingOrder}): the title, subtitle and summary
 * (the article's, else the publication's); the body in document order — section titles,
 * paragraphs, every list item, callout titles, quotes, figure alt text and captions, table
 * captions and every cell row by row, inline and block code, link labels, cross-reference
 * labels written in the source; then the footnotes, in the order the formats number them; then
 * the sources. A publication's booklet (the HTML booklet page, the PDF booklet) holds its
 * articles' text one after another.
 *
 * <p><b>Which files.</b> HTML: each article's fragment, and the booklet page. EPUB: each
 * chapter (in spine order) against the article in the same position. PDF: each handout, and
 * the booklet, read as a screen reader reads it ({@link TaggedText}): the structure tree in
 * order, each piece of marked content by its {@code /ActualText} when it has one — the
 * exporter draws right-to-left and shaped runs in visual order, glyph by glyph from the right,
 * with the text in reading order as their ActualText — and by its glyphs otherwise. Pieces
 * that touch on one line are joined as drawn; any other two are separated by a line break.
 * The running header and footer are artifacts, outside the structure tree, so not read.
 *
 * <p><b>Words.</b> A word is a run of letters, marks and digits ({@link WordStream}): spaces,
 * punctuation, symbols and emoji separate words and are not themselves compared, so "2.5 mg"
 * is the words 2, 5, mg. Characters nobody can see (controls, zero-width and other format
 * characters, variation selectors, noncharacters, U+FFFD) are deleted, and text is compared
 * decomposed (NFKD). Case is kept: a format may not change it.
 *
 * <p><b>In order.</b> The model's words must be a subsequence of the file's words: each found
 * after the one before, each word of the file used once. So the file may <em>add</em> text —
 * section and list numbers, the default title of a callout ("Warning"), a cross-reference's
 * target title and "(page 3)", note markers, "Notes" and "Sources" headings, the PDF's running
 * header and footer on every page, a repeated table header, the booklet's contents — but not
 * drop, reorder or alter any.
 *
 * <p><b>Where words may break.</b> A file's word break must match one of the model's, with two
 * allowances: where one inline node of the model meets the next ({@code **bold**text}, in a
 * PDF also where one ActualText span ends and the next piece begins, which is always at such
 * a place or a change of direction) a format may break the word or not, and text a format
 * adds there (a footnote's number inside a word, a cross-reference's title) may be glued to
 * the words either side; and a PDF cuts a word
 * too long for its line (a long URL, a code line) without a hyphen, so in a PDF a model word
 * may be spread over consecutive extracted words. Nothing else: a model word is never found
 * inside a longer word of the file ("rest" is not in "restful").
 *
 * <p><b>What a PDF shows differently.</b> A figure whose image is drawn carries its alt text in
 * its {@code Figure} structure element, where screen readers read it; a figure whose image
 * cannot be shown has its alt text printed instead — the check accepts either, in order, and
 * requires one. A character no PDF font has a glyph for is drawn as U+FFFD and reported as
 * {@code pdf.missing-glyph}: the check reads the report and compares the PDF's text without
 * those characters. The HTML's {@code alt} attribute is read where the image is.
 */
class NothingLostTest {
  @TempDir Path folder;

  @Test
  void theSampleWithEveryNodeTypeLosesNothingInAnyFormat() throws IOException {
    assertThat(NothingLost.of(Samples.everyNode(), SourceMap.EMPTY, true)).isEmpty();
  }

  @Test
  void rightToLeftParagraphsMixedWithDigitsLatinAndNotesLoseNothingInAnyFormat()
      throws IOException {
    // Drawn in visual order: the Arabic from the right, the digits and Latin between, the
    // paragraph set right to left when its first letter is Arabic.
    Article mixed = Article.builder("mixed").title("مرحبا b")
        .paragraph(p -> p.text("مرحبا").note("b").text("1 b, مرحبا").strong("xyax")
            .text(" b 2مرحبا b ketamine 40 mg."))
        .paragraph(p -> p.text("Take مرحبا1 b ").emphasis("مرحبا").text(" 2 b.").note("مرحبا 3"))
        .build();
    Article hebrew = Article.builder("hebrew").title("מידע").language("he")
        .paragraph("PDF הוא פורמט, והטיפול נמשך 40 דקות.").build();
    Publication both = Publication.builder().title("Mixed").article(mixed).article(hebrew)
        .build();
    assertThat(NothingLost.of(both, SourceMap.EMPTY, true)).isEmpty();
  }

  @Test
  void aFootnoteInsideAWordLosesNothingInAnyFormat() throws IOException {
    // Every format draws the note's number inside the word: "dose[1]dose", "dose¹dose".
    Article note = Article.builder("note").title("Note")
        .paragraph(p -> p.text("dose").note("first").text("dose ketamine").note("second")
            .text("é")).build();
    assertThat(NothingLost.of(Publication.of(note), SourceMap.EMPTY, true)).isEmpty();
  }

  @Test
  void theExampleBookletLosesNothingInAnyFormat() throws IOException {
    ReadResult<Publication> read = SourceLoader.create().load(List.of(Samples.examplesDir()));
    assertThat(read.value().articles()).hasSize(3);
    assertThat(NothingLost.of(read.value(), read.sourceMap(), true)).isEmpty();
  }

  @Test
  void theGeneratedCorpusLosesNothingInAnyFormat() throws IOException {
    for (Map.Entry<String, String> file : CorpusGenerator.generate(20, 42).entrySet()) {
      Files.writeString(folder.resolve(file.getKey()), file.getValue());
    }
    ReadResult<Publication> read = SourceLoader.create().load(List.of(folder));
    assertThat(read.value().articles()).hasSize(20);
    assertThat(NothingLost.of(read.value(), read.sourceMap(), true)).isEmpty();
  }
}
