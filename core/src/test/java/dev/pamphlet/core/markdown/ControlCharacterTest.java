package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Paragraph;
import org.junit.jupiter.api.Test;

/** Control characters no format can hold are read as U+FFFD, with a warning at the first. */
class ControlCharacterTest {
  @Test
  void aBellInAHeadingIsReplacedAndReportedAtItsLine() {
    // Found by fuzzing: a BEL in a heading broke the EPUB's table of contents.
    assertThat(Markdown.problems("Intro.\n\nA \u0007bell and a \u001Bescape.\n"))
        .containsExactly("markdown.control-character@3:3");
    assertThat(Markdown.blocks("A \u0007bell.\n"))
        .containsExactly(Paragraph.of("A \uFFFDbell."));
  }

  @Test
  void tabsLineEndsAndNulAreNotReported() {
    assertThat(Markdown.problems("A\ttab\r\nand\0 NUL.\n")).isEmpty();
  }
}
