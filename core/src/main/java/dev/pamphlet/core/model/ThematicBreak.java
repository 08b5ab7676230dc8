package dev.pamphlet.core.model;

/** A change of topic within a section (a horizontal rule). */
public record ThematicBreak() implements Block {
  /** The one thematic break; all are equal anyway. */
  public static final ThematicBreak INSTANCE = new ThematicBreak();

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitThematicBreak(this);
  }
}
