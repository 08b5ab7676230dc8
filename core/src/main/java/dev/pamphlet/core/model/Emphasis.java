package dev.pamphlet.core.model;

import java.util.List;

/** Emphasised content (usually italic; exporters may render it otherwise, e.g. in large print). */
public record Emphasis(List<Inline> content) implements Inline {
  public Emphasis {
    content = Inlines.canonical(content);
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitEmphasis(this);
  }
}
