package dev.pamphlet.core.model;

import java.util.List;

/** One cell of a {@link Table}: inline content. */
public record TableCell(List<Inline> content) {
  public TableCell {
    content = Inlines.canonical(content);
  }

  /** A cell of plain text. */
  public static TableCell of(String text) {
    return new TableCell(List.of(new Text(text)));
  }
}
