package dev.pamphlet.core.model;

import java.util.List;

/** A footnote, anchored where it appears in the text and holding blocks of its own. */
public record Note(List<Block> blocks) implements Inline {
  public Note {
    blocks = List.copyOf(blocks);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitNote(this);
  }
}
