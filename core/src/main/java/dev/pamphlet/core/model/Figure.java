package dev.pamphlet.core.model;

import java.util.List;

/**
 * An image with its text alternative and an optional caption.
 *
 * @param source the image location, relative to the article's file or absolute
 * @param alt the text alternative; required by the validator ({@code figure.alt-missing}) but
 *     representable as {@code ""} so that reading never fails on content
 * @param caption the caption, empty for none
 */
public record Figure(String source, String alt, List<Inline> caption) implements Block {
  public Figure {
    Checks.text(source, "source");
    Checks.text(alt, "alt");
    caption = Inlines.canonical(caption);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitFigure(this);
  }
}
