package dev.pamphlet.core.model;

/**
 * One method per {@link Block} type: the exhaustive switch Java 17 does not have.
 *
 * @param <R> what each visit returns ({@link Void} when nothing)
 */
public interface BlockVisitor<R> {
  R visitSection(Section section);

  R visitParagraph(Paragraph paragraph);

  R visitBulletList(BulletList list);

  R visitOrderedList(OrderedList list);

  R visitCallout(Callout callout);

  R visitBlockQuote(BlockQuote quote);

  R visitFigure(Figure figure);

  R visitTable(Table table);

  R visitCodeBlock(CodeBlock code);

  R visitThematicBreak(ThematicBreak thematicBreak);
}
