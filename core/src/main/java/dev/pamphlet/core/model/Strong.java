package dev.pamphlet.core.model;

import java.util.List;

/** Strongly emphasised content (usually bold). */
public record Strong(List<Inline> content) implements Inline {
  public Strong {
    content = Inlines.canonical(content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitStrong(this);
  }
}
