package dev.pamphlet.core.model;

/**
 * Inline content inside a paragraph, heading, caption or table cell: the closed set of
 * text-level things. Handled exhaustively through {@link InlineVisitor}.
 */
public sealed interface Inline
    permits Text, Emphasis, Strong, Code, Link, CrossRef, Note, LineBreak {

  /** Calls the visitor method for this inline's type. */
  <R> R accept(InlineVisitor<R> visitor);
}
