package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineBufferTest {
  @Test
  void adjacentTextsAreJoinedAndEmptyOnesDropped() {
    InlineBuffer buffer = new InlineBuffer();
    buffer.text("Rest ");
    buffer.text("");
    buffer.add(new Text("after"));
    buffer.text(" ");
    buffer.text("your session.");

    assertThat(buffer.toList()).containsExactly(new Text("Rest after your session."));
  }

  @Test
  void otherInlinesSplitTheTextAndKeepTheirIdentity() {
    Emphasis emphasis = new Emphasis(List.of(new Text("slowly")));
    InlineBuffer buffer = new InlineBuffer();
    buffer.text("Breathe ");
    buffer.add(emphasis);
    buffer.text(".");
    buffer.add(LineBreak.INSTANCE);

    List<Inline> inlines = buffer.toList();
    assertThat(inlines).containsExactly(new Text("Breathe "), emphasis, new Text("."),
        LineBreak.INSTANCE);
    assertThat(inlines.get(1)).isSameAs(emphasis);
  }

  @Test
  void givesWhatCanonicalFormGives() {
    List<Inline> written = List.of(new Text(""), new Text("a"), new Text("b"), new Code("c"),
        new Text(""), new Code("d"), new Text("e"), new Text(""));
    InlineBuffer buffer = new InlineBuffer();
    written.forEach(buffer::add);

    assertThat(buffer.toList()).isEqualTo(Inlines.canonical(written));
  }
}
