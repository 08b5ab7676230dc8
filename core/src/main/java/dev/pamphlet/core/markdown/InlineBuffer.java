package dev.pamphlet.core.markdown;

import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects converted inlines already in canonical form: adjacent texts joined, empty ones
 * dropped (see {@link dev.pamphlet.core.model.Inlines#canonical}). flexmark gives every line of
 * a paragraph, and every line break between them, a text node of its own; joining them as they
 * come, rather than making a {@link Text} for each and merging the list afterwards, saves the
 * reader a good part of its allocation.
 */
final class InlineBuffer {
  private final List<Inline> inlines = new ArrayList<>();
  /** The text waiting to be added, while it is one piece (most often it stays so). */
  private String text;
  /** The text waiting to be added, once it is more than one piece. */
  private StringBuilder joined;

  /** Adds text, joined to any text just before it. */
  void text(String value) {
    if (value.isEmpty()) {
      return;
    }
    if (joined != null) {
      joined.append(value);
    } else if (text == null) {
      text = value;
    } else {
      // Room for a few more lines of the same paragraph.
      joined = new StringBuilder(4 * (text.length() + value.length())).append(text).append(value);
      text = null;
    }
  }

  /** Adds {@code inline}; a {@link Text} joins the text around it. */
  void add(Inline inline) {
    if (inline instanceof Text plain) {
      text(plain.value());
      return;
    }
    flush();
    inlines.add(inline);
  }

  /** The inlines collected, in canonical form. */
  List<Inline> toList() {
    flush();
    return inlines;
  }

  private void flush() {
    if (joined != null) {
      inlines.add(new Text(joined.toString()));
      joined = null;
    } else if (text != null) {
      inlines.add(new Text(text));
      text = null;
    }
  }
}
