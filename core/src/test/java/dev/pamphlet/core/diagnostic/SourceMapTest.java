package dev.pamphlet.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Paragraph;
import org.junit.jupiter.api.Test;

class SourceMapTest {
  private static final SourcePosition HERE = new SourcePosition("guide.md", 3, 1);
  private static final SourcePosition THERE = new SourcePosition("guide.md", 7, 1);

  @Test
  void equalNodesKeepTheirOwnPositions() {
    Paragraph first = Paragraph.of("Same text.");
    Paragraph second = Paragraph.of("Same text.");

    SourceMap map = SourceMap.builder().put(first, HERE).put(second, THERE).build();

    assertThat(map.positionOf(first)).isEqualTo(HERE);
    assertThat(map.positionOf(second)).isEqualTo(THERE);
  }

  @Test
  void aBuiltMapDoesNotChangeWhenItsBuilderGoesOn() {
    Paragraph first = Paragraph.of("First.");
    Paragraph later = Paragraph.of("Later.");
    SourceMap.Builder builder = SourceMap.builder().put(first, HERE);

    SourceMap built = builder.build();
    SourceMap rebuilt = builder.put(later, THERE).put(first, THERE).build();

    assertThat(built.positionOf(first)).isEqualTo(HERE);
    assertThat(built.positionOf(later)).isEqualTo(SourcePosition.UNKNOWN);
    assertThat(rebuilt.positionOf(first)).isEqualTo(THERE);
    assertThat(rebuilt.positionOf(later)).isEqualTo(THERE);
  }
}
