package dev.pamphlet.export.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Mixed-direction lines: fragments in reading order, placed where they are seen. */
class BidiLineTest {
  // 5 pt per character at 10 pt: a 100 pt line holds 20 characters.
  private final LineBreaker breaker = new LineBreaker(new FixedWidthMetrics(), 1.2f);

  private List<Line> lines(float width, Span... spans) {
    return breaker.breakLines(List.of(spans), width, false);
  }

  private static Span text(String text) {
    return Span.of(text, Face.REGULAR, 10);
  }

  @Test
  void leftToRightTextIsOneFragmentFromTheLeftMargin() {
    Line line = lines(100, text("take it slowly")).get(0);
    assertThat(line.fragments()).singleElement().satisfies(f -> {
      assertThat(f.x()).isZero();
      assertThat(f.rightToLeft()).isFalse();
    });
  }

  @Test
  void anEmptyLineInARightToLeftParagraphIsAnEmptyLine() {
    List<Line> lines = lines(100, text("שלום"), text("\n"), text("\n"), text("עולם"));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(1).fragments()).allSatisfy(f -> assertThat(f.text()).isEmpty());
    assertThat(lines.get(2).fragments()).extracting(Fragment::text).containsExactly("עולם");
  }

  @Test
  void aHebrewParagraphIsRightToLeftAndRaggedLeft() {
    Line line = lines(100, text("שלום עולם")).get(0); // 9 characters, 45 pt
    assertThat(line.fragments()).singleElement().satisfies(f -> {
      assertThat(f.rightToLeft()).isTrue();
      assertThat(f.x()).isEqualTo(55f);
      assertThat(f.text()).isEqualTo("שלום עולם");
    });
  }

  @Test
  void aHebrewWordInsideEnglishIsPlacedInLineAndDrawnRightToLeft() {
    Line line = lines(200, text("the word שלום means peace")).get(0);
    assertThat(line.fragments()).extracting(Fragment::text)
        .containsExactly("the word ", "שלום", " means peace");
    assertThat(line.fragments()).extracting(Fragment::rightToLeft)
        .containsExactly(false, true, false);
    assertThat(line.fragments()).extracting(Fragment::x).containsExactly(0f, 45f, 65f);
  }

  @Test
  void englishInsideAHebrewParagraphComesLeftOfTheHebrewBeforeIt() {
    // Reading order: Hebrew, then "ok", then Hebrew; seen right to left.
    Line line = lines(100, text("אחת ok שתיים")).get(0); // 12 characters, 60 pt, from x 40
    assertThat(line.fragments()).extracting(Fragment::text)
        .containsExactly("אחת ", "ok", " שתיים");
    Fragment first = line.fragments().get(0);
    Fragment english = line.fragments().get(1);
    Fragment last = line.fragments().get(2);
    assertThat(first.x()).isEqualTo(80f);
    assertThat(english.x()).isEqualTo(70f);
    assertThat(last.x()).isEqualTo(40f);
    assertThat(english.rightToLeft()).isFalse();
  }

  @Test
  void linksKeepTheirFragmentsWhenTheLineIsReordered() {
    LinkTarget link = new LinkTarget.External("https://example.org", "Example");
    Line line = lines(200, text("עברית "), new Span("link", Face.REGULAR, 10, link, null),
        text(" סוף")).get(0);
    assertThat(line.fragments()).filteredOn(f -> f.link() != null).singleElement()
        .satisfies(f -> assertThat(f.text()).isEqualTo("link"));
    assertThat(line.text()).isEqualTo("עברית link סוף");
  }

  @Test
  void inARightToLeftArticleAParagraphStartingInLatinIsStillRightToLeft() {
    LineBreaker hebrew = breaker.rightToLeft(true);
    // 13 characters, 65 pt, ragged left from x 35; "PDF" comes first, so at the right.
    Line line = hebrew.breakLines(List.of(text("PDF הוא פורמט")), 100, false).get(0);
    assertThat(line.fragments()).extracting(Fragment::text).containsExactly("PDF", " הוא פורמט");
    assertThat(line.fragments()).extracting(Fragment::x).containsExactly(85f, 35f);
    assertThat(line.fragments()).extracting(Fragment::rightToLeft).containsExactly(false, true);
  }

  @Test
  void theSameParagraphInALeftToRightArticleFollowsItsFirstStrongCharacter() {
    Line line = lines(100, text("PDF הוא פורמט")).get(0);
    assertThat(line.fragments()).extracting(Fragment::text).containsExactly("PDF ", "הוא פורמט");
    assertThat(line.fragments()).extracting(Fragment::x).containsExactly(0f, 20f);
  }
}
