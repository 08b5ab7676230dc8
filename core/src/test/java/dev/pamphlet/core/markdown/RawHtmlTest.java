package dev.pamphlet.core.markdown;

import static dev.pamphlet.core.markdown.Markdown.only;
import static dev.pamphlet.core.markdown.Markdown.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class RawHtmlTest {
  @Test
  void htmlBlockIsDroppedWithItsTextKeptUnescaped() {
    String markdown = "<div class=\"box\">\nFish &amp; chips <b>only</b>\n</div>\n";

    assertThat(only(markdown)).isEqualTo(Paragraph.of("Fish & chips only"));
    assertThat(problems(markdown)).containsExactly("html.dropped@1:1");
  }

  @Test
  void inlineTagsAreDroppedAndTheTextBetweenThemKept() {
    String markdown = "Take <b>two</b> tablets";

    assertThat(only(markdown)).isEqualTo(Paragraph.of("Take two tablets"));
    assertThat(problems(markdown)).containsExactly("html.dropped@1:6", "html.dropped@1:12");
  }

  @Test
  void scriptsNeverBecomeText() {
    String markdown = "<script>alert('x')</script>\n\nSafe.\n";

    assertThat(Markdown.blocks(markdown)).containsExactly(Paragraph.of("Safe."));
    assertThat(problems(markdown)).containsExactly("html.dropped@1:1");
  }

  @Test
  void markupAroundInlineHtmlStillCounts() {
    assertThat(only("*a <br> b*")).isEqualTo(
        new Paragraph(List.of(new Emphasis(List.of(new Text("a  b"))))));
  }

  @Test
  void paragraphOfOnlyInlineTagsLeavesNoBlock() {
    assertThat(Markdown.blocks("<span> </span>\n")).isEmpty();
  }

  @Test
  void htmlCommentIsDroppedAndReported() {
    assertThat(Markdown.blocks("<!-- note to self -->\n")).isEmpty();
    assertThat(problems("<!-- note to self -->\n")).containsExactly("html.dropped@1:1");
  }
}
