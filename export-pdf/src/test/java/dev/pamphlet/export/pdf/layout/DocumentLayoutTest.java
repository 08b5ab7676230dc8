package dev.pamphlet.export.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.xref.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The layout engine on its own, with fixed-width fake fonts: no PDFBox involved. */
class DocumentLayoutTest {
  private static final LayoutSettings SETTINGS =
      new LayoutSettings(300, 400, 20, 20, 20, 20, 10, 1.2f, false, true);

  private final List<String> reports = new ArrayList<>();
  private final LayoutReporter reporter = (code, message, node, article) -> reports.add(code);
  private final ImageSource noImages = (figure, article) -> Optional.empty();

  private LaidOutDocument handout(Article article, LayoutSettings settings, ImageSource images) {
    Publication publication = Publication.of(article);
    return new DocumentLayout(settings, new FixedWidthMetrics(), reporter, images)
        .handout(publication, Index.of(publication), article);
  }

  private LaidOutDocument handout(Article article) {
    return handout(article, SETTINGS, noImages);
  }

  private static List<Drawable.TextLine> lines(LaidOutDocument document) {
    List<Drawable.TextLine> lines = new ArrayList<>();
    document.pages().forEach(p -> p.boxes().forEach(b -> b.box().drawables().forEach(d -> {
      if (d instanceof Drawable.TextLine line) {
        lines.add(line);
      }
    })));
    return lines;
  }

  @Test
  void aListMarkerSitsOnItsItemsFirstLineInTheSameBox() {
    Article article = Article.builder("a").title("T")
        .bulletList(l -> l.item("first item with enough words to wrap onto a second line"))
        .build();
    Box first = handout(article).pages().get(0).boxes().stream().map(Page.Placed::box)
        .filter(b -> b.text().startsWith("\u2022")).findFirst().orElseThrow();
    assertThat(first.text()).startsWith("\u2022 first item");
    Drawable.TextLine marker = (Drawable.TextLine) first.drawables().get(0);
    Drawable.TextLine text = (Drawable.TextLine) first.drawables().get(1);
    assertThat(marker.baseline()).isEqualTo(text.baseline());
    assertThat(text.x()).as("hanging indent").isGreaterThan(marker.x());
    assertThat(marker.tag().role()).isEqualTo("Lbl");
  }

  @Test
  void bulletsChangeByLevelAndNumbersRespectTheStartValue() {
    Article article = Article.builder("a").title("T")
        .orderedList(7, l -> l.item("seven").itemBlocks(b -> b.paragraph("eight")
            .bulletList(n -> n.itemBlocks(c -> c.paragraph("inner")
                .bulletList(m -> m.item("innermost"))))))
        .bulletList(l -> l.task(true, "done").task(false, "to do"))
        .build();
    String text = String.join("", handout(article).pageTexts());
    assertThat(text).contains("7. seven", "8. eight", "\u25E6 inner", "\u25AA innermost",
        "\u2611 done", "\u2610 to do");
  }

  @Test
  void aHeadingIsNeverTheLastThingOnAPage() {
    var builder = Article.builder("a").title("T");
    for (int i = 0; i < 26; i++) {
      builder.paragraph("line " + i);
    }
    builder.section("Next part", s -> s.paragraph("body of the next part"));
    LaidOutDocument document = handout(builder.build());
    for (Page page : document.pages()) {
      Page.Placed last = page.boxes().get(page.boxes().size() - 1);
      assertThat(last.box().keepWithNext()).as(last.box().text()).isFalse();
    }
    assertThat(document.pages().size()).isGreaterThan(1);
  }

  @Test
  void aParagraphNeverLeavesASingleLineAtTheFootOrHeadOfAPage() {
    var builder = Article.builder("a").title("T");
    for (int i = 0; i < 25; i++) {
      builder.paragraph("filler " + i);
    }
    // 26 words of 9 characters: 26 lines at width 260 hold 2 words each → 13 lines.
    builder.paragraph(String.join(" ", IntStream.range(0, 26).mapToObj(i -> "wordwordw")
        .toList()));
    LaidOutDocument document = handout(builder.build());
    for (Page page : document.pages()) {
      List<Page.Placed> boxes = page.boxes();
      long words = boxes.stream().filter(b -> b.box().text().startsWith("wordwordw")).count();
      assertThat(words).as("lines of the long paragraph on page " + page.number())
          .isNotEqualTo(1);
    }
  }

  @Test
  void aWordLongerThanTheLineNeverRunsPastTheMargin() {
    Article article = Article.builder("a").title("T")
        .paragraph("x".repeat(500))
        .paragraph(p -> p.link("https://example.org/" + "very-long-path/".repeat(20), ""))
        .build();
    for (Drawable.TextLine line : lines(handout(article))) {
      assertThat(line.x() + line.line().width()).isLessThanOrEqualTo(SETTINGS.contentWidth());
    }
  }

  @Test
  void aTableHeaderRowRepeatsAfterAPageBreak() {
    Article article = Article.builder("a").title("T")
        .table(t -> {
          t.header("Drug", "Dose");
          IntStream.range(0, 40).forEach(i -> t.row("row " + i, i + " mg"));
        })
        .build();
    LaidOutDocument document = handout(article);
    assertThat(document.pages().size()).isGreaterThan(1);
    Page.Placed top = document.pages().get(1).boxes().get(0);
    assertThat(top.repeated()).isTrue();
    assertThat(top.box().text()).isEqualTo("Drug Dose");
  }

  @Test
  void aFigureIsScaledToFitAndKeptWithItsCaption() {
    ImageSource huge = (figure, article) -> Optional.of(new ImageRef("big", 2000, 3000));
    Article article = Article.builder("a").title("T")
        .figure("big.png", "A chart", "The caption")
        .build();
    LaidOutDocument document = handout(article, SETTINGS, huge);
    Box figure = document.pages().stream().flatMap(p -> p.boxes().stream())
        .map(Page.Placed::box).filter(b -> b.text().equals("The caption")).findFirst()
        .orElseThrow();
    Drawable.Picture picture = (Drawable.Picture) figure.drawables().get(0);
    assertThat(picture.width()).isLessThanOrEqualTo(SETTINGS.contentWidth());
    assertThat(figure.height()).isLessThanOrEqualTo(SETTINGS.contentHeight());
    assertThat(picture.tag().alt()).isEqualTo("A chart");
  }

  @Test
  void aMissingImagePrintsItsAlternativeText() {
    Article article = Article.builder("a").title("T").figure("gone.png", "A chart").build();
    assertThat(String.join("", handout(article).pageTexts()))
        .contains("[Image not available: A chart]");
  }

  @Test
  void largePrintSetsEmphasisBoldNeverItalic() {
    LayoutSettings large = new LayoutSettings(300, 400, 20, 20, 20, 20, 18, 1.5f, true, true);
    Article article = Article.builder("a").title("T")
        .paragraph(p -> p.text("Do ").emphasis("not").text(" drive.")).build();
    List<Face> faces = lines(handout(article, large, noImages)).stream()
        .flatMap(l -> l.line().fragments().stream()).map(Fragment::face).toList();
    assertThat(faces).doesNotContain(Face.ITALIC, Face.BOLD_ITALIC).contains(Face.BOLD);
  }

  @Test
  void aCrossReferenceSaysThePageOnlyWhenTheTargetIsOnAnotherPage() {
    var builder = Article.builder("a").title("T")
        .paragraph(p -> p.text("See ").crossRef("a", "near").text("."))
        .section("near", "Near", s -> s.paragraph(p -> p.text("Also ").crossRef("a", "far")));
    for (int i = 0; i < 40; i++) {
      builder.paragraph("filler " + i);
    }
    builder.section("far", "Far", s -> s.paragraph("end"));
    List<String> pages = handout(builder.build()).pageTexts();
    int farPage = 1 + IntStream.range(0, pages.size())
        .filter(i -> pages.get(i).contains("Far\nend")).findFirst().orElseThrow();
    assertThat(farPage).isGreaterThan(1);
    assertThat(pages.get(0)).contains("See Near.").contains("Also Far (page " + farPage + ")");
  }

  @Test
  void aCharacterNoFontHasIsReplacedAndReported() {
    Article article = Article.builder("a").title("T").paragraph("odd \uE123 glyph").build();
    assertThat(String.join("", handout(article).pageTexts())).contains("odd \uFFFD glyph");
    assertThat(reports).containsExactly("pdf.missing-glyph");
  }

  @Test
  void tenThousandListItemsAreLaidOut() {
    Article article = Article.builder("a").title("T")
        .bulletList(l -> IntStream.range(0, 10_000).forEach(i -> l.item("item " + i)))
        .build();
    LaidOutDocument document = handout(article);
    assertThat(document.pages().size()).isGreaterThan(300);
    assertThat(String.join("", document.pageTexts())).contains("\u2022 item 9999");
  }

  @Test
  void anEmptyArticleGivesOnePageWithItsTitle() {
    LaidOutDocument document = handout(Article.builder("empty").build());
    assertThat(document.pages()).hasSize(1);
    assertThat(document.pageTexts().get(0)).isEqualTo("empty\n");
  }

  @Test
  void theBookletsContentsGiveThePageEachArticleStartsOn() {
    var publication = Publication.builder().title("Book")
        .article(Article.builder("one").title("One").paragraph("a").build())
        .article(Article.builder("two").title("Two").paragraph("b").build())
        .build();
    LaidOutDocument booklet = new DocumentLayout(SETTINGS, new FixedWidthMetrics(), reporter,
        noImages).booklet(publication, Index.of(publication));
    List<String> pages = booklet.pageTexts();
    assertThat(pages).hasSize(4);
    assertThat(pages.get(1)).contains("One 3", "Two 4");
    assertThat(pages.get(2)).startsWith("One");
    assertThat(booklet.outline()).extracting(OutlineEntry::title)
        .containsExactly("Book", "Contents", "One", "Two");
  }

  @Test
  void nothingIsTallerThanAPageNotEvenAHugeTableCellHeadingOrCaption() {
    String huge = String.join(" ", java.util.Collections.nCopies(2000, "word"));
    Article article = Article.builder("a").title(huge)
        .table(t -> t.header("Key", "Value").row("k", huge).row("k2", "short"))
        .figure("big.png", "A chart", huge)
        .build();
    ImageSource image = (figure, id) -> Optional.of(new ImageRef("big", 100, 100));
    LaidOutDocument document = handout(article, SETTINGS, image);
    for (Page page : document.pages()) {
      Page.Placed last = page.boxes().get(page.boxes().size() - 1);
      assertThat(last.top() + last.box().height()).as("page " + page.number())
          .isLessThanOrEqualTo(SETTINGS.contentHeight());
    }
    assertThat(String.join("", document.pageTexts())).contains("k2 short");
  }

  @Test
  void aBookletOfOneArticleStillNumbersItsContents() {
    var publication = Publication.builder().title("Book")
        .article(Article.builder("one").title("One").paragraph("a").build()).build();
    LaidOutDocument booklet = new DocumentLayout(SETTINGS, new FixedWidthMetrics(), reporter,
        noImages).booklet(publication, Index.of(publication));
    assertThat(booklet.pageTexts().get(1)).contains("One 3");
  }

  @Test
  void aNumberedPublicationNumbersArticleAndSectionHeadings() {
    var publication = Publication.builder().title("Book").numbered(true)
        .article(Article.builder("one").title("One")
            .section("First part", s -> s.paragraph("a")).build())
        .build();
    LaidOutDocument booklet = new DocumentLayout(SETTINGS, new FixedWidthMetrics(), reporter,
        noImages).booklet(publication, Index.of(publication));
    assertThat(String.join("", booklet.pageTexts())).contains("1 One\n", "1.1 First part\n");
    assertThat(booklet.outline()).extracting(OutlineEntry::title).contains("1.1 First part");
  }

  @Test
  void aReferenceToAnotherHandoutNamesThatHandoutInsteadOfLinking() {
    Article one = Article.builder("one").title("One")
        .paragraph(p -> p.text("Read ").crossRef("two", "care").text(" and ").crossRef("two"))
        .build();
    Article two = Article.builder("two").title("Two")
        .section("care", "Aftercare", s -> s.paragraph("rest")).build();
    Publication publication = Publication.builder().title("Book").article(one).article(two)
        .build();
    LaidOutDocument handout = new DocumentLayout(SETTINGS, new FixedWidthMetrics(), reporter,
        noImages).handout(publication, Index.of(publication), one);
    assertThat(handout.pageTexts().get(0))
        .contains("Read Aftercare (in \u201CTwo\u201D) and Two");
    assertThat(lines(handout)).flatExtracting(l -> l.line().fragments())
        .extracting(Fragment::link).containsOnlyNulls();
  }
}
