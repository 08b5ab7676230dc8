package dev.pamphlet.core.model;

import java.util.List;

/** A paragraph of running text. */
public record Paragraph(List<Inline> content) implements Block {
  public Paragraph {
    content = Inlines.canonical(content);
  }

  /** A paragraph of plain text. */
  public static Paragraph of(String text) {
    return new Paragraph(List.of(new Text(text)));
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitParagraph(this);
  }
}
