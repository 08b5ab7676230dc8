package dev.pamphlet.core.model;

/** A hard line break inside a paragraph (an address, a poem). */
public record LineBreak() implements Inline {
  /** The one line break; all line breaks are equal anyway. */
  public static final LineBreak INSTANCE = new LineBreak();

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitLineBreak(this);
  }
}
