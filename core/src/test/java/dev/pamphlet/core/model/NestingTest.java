package dev.pamphlet.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Depth is measured without recursion, so content of any depth can be measured and refused. */
class NestingTest {

  /** A paragraph inside {@code quotes} quotes: its text lies at depth quotes + 2. */
  static Article quotes(int quotes) {
    Block block = Paragraph.of("deep");
    for (int i = 0; i < quotes; i++) {
      block = new BlockQuote(List.of(block));
    }
    return new Article("deep", Metadata.EMPTY, List.of(block));
  }

  @Test
  void depthCountsBlocksAndInlinesOnTheWayDown() {
    assertThat(Nesting.depth(new Article("empty", Metadata.EMPTY, List.of()))).isZero();
    assertThat(Nesting.depth(quotes(0))).isEqualTo(2);
    Article paragraph = Article.builder("a").paragraph(p -> p.text("x")).build();
    assertThat(Nesting.depth(paragraph)).isEqualTo(2);
  }

  @Test
  void contentAtTheLimitPassesAndOneLevelMoreIsFoundWithItsPath() {
    assertThat(Nesting.tooDeep(quotes(Nesting.MAX_DEPTH - 2))).isEmpty();
    List<Object> path = Nesting.tooDeep(quotes(Nesting.MAX_DEPTH - 1)).orElseThrow();
    assertThat(path).hasSize(Nesting.MAX_DEPTH + 1);
    assertThat(path.get(path.size() - 1)).isEqualTo(new Text("deep"));
  }

  @Test
  void aMillionLevelsAreMeasuredWithoutOverflowingTheStack() {
    Article deep = quotes(1_000_000);
    assertThat(Nesting.depth(deep)).isEqualTo(1_000_002);
    assertThat(Nesting.tooDeep(deep)).isPresent();
    assertThat(Nesting.withinLimit(Publication.of(deep))).isFalse();
  }
}
