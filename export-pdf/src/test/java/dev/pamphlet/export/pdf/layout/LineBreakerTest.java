package dev.pamphlet.export.pdf.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineBreakerTest {
  private final LineBreaker breaker = new LineBreaker(new FixedWidthMetrics(), 1.2f);

  private List<String> lines(String text, float width) {
    return breaker.breakLines(List.of(Span.of(text, Face.REGULAR, 10)), width, false).stream()
        .map(Line::text).toList();
  }

  @Test
  void wordsFillEachLineGreedilyAndBreakAtSpaces() {
    // 10 characters per line at width 50.
    assertThat(lines("take one tablet with water each day", 50))
        .containsExactly("take one", "tablet", "with water", "each day");
  }

  @Test
  void runsOfWhiteSpaceCollapseAndTrailingSpacesAreDropped() {
    assertThat(lines("  rest   well  ", 50)).containsExactly("rest well");
  }

  @Test
  void aWordLongerThanTheLineIsCutSoNothingRunsPastTheMargin() {
    List<Line> lines = breaker.breakLines(
        List.of(Span.of("supercalifragilisticexpialidocious", Face.REGULAR, 10)), 50, false);
    assertThat(lines).extracting(Line::text)
        .containsExactly("supercalif", "ragilistic", "expialidoc", "ious");
    assertThat(lines).allSatisfy(line -> assertThat(line.width()).isLessThanOrEqualTo(50));
  }

  @Test
  void aLongUrlBreaksAfterASlashWhenOneIsNearTheEnd() {
    assertThat(lines("https://example.org/ketamine/aftercare", 100))
        .containsExactly("https://example.org/", "ketamine/aftercare");
  }

  @Test
  void aLineBreakForcesANewLine() {
    List<Line> lines = breaker.breakLines(List.of(Span.of("12 Main St", Face.REGULAR, 10),
        new Span("\n", Face.REGULAR, 10, null, null), Span.of("Springfield", Face.REGULAR, 10)),
        500, false);
    assertThat(lines).extracting(Line::text).containsExactly("12 Main St", "Springfield");
  }

  @Test
  void codeKeepsItsIndentationAndInnerSpaces() {
    List<Line> lines = breaker.breakLines(List.of(Span.of("  a  =  1", Face.MONO, 10)), 500,
        true);
    assertThat(lines).extracting(Line::text).containsExactly("  a  =  1");
  }

  @Test
  void neighbouringTextInTheSameStyleBecomesOneFragment() {
    Line line = breaker.breakLines(List.of(Span.of("Do not ", Face.REGULAR, 10),
        Span.of("drive", Face.BOLD, 10), Span.of(" today.", Face.REGULAR, 10)), 500, false)
        .get(0);
    assertThat(line.fragments()).extracting(Fragment::text)
        .containsExactly("Do not ", "drive", " today.");
    assertThat(line.fragments()).extracting(Fragment::x).containsExactly(0f, 35f, 60f);
  }

  @Test
  void punctuationAfterStyledTextStaysOnTheSameLine() {
    List<Line> lines = breaker.breakLines(List.of(Span.of("aaaaaaa ", Face.REGULAR, 10),
        Span.of("bb", Face.BOLD, 10), Span.of(",", Face.REGULAR, 10)), 50, false);
    assertThat(lines).extracting(Line::text).containsExactly("aaaaaaa", "bb,");
  }

  @Test
  void lineHeightFollowsTheLargestSizeOnTheLine() {
    Line line = breaker.breakLines(List.of(Span.of("a ", Face.REGULAR, 10),
        Span.of("B", Face.BOLD, 20)), 500, false).get(0);
    assertThat(line.height()).isEqualTo(24f);
    assertThat(line.ascent()).isEqualTo(16f);
  }
}
