package dev.pamphlet.core.model;

/**
 * A block of content: the closed set of things an article body is made of.
 *
 * <p>Every implementation is an immutable record in canonical form. Exporters handle the set
 * through {@link BlockVisitor}, so adding a block type breaks every exporter at compile time
 * rather than silently dropping content.
 */
public sealed interface Block
    permits Section, Paragraph, BulletList, OrderedList, Callout, BlockQuote, Figure, Table,
        CodeBlock, ThematicBreak {

  /** Calls the visitor method for this block's type. */
  <R> R accept(BlockVisitor<R> visitor);
}
