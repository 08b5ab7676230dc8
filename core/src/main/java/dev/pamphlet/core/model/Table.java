package dev.pamphlet.core.model;

import java.util.List;

/**
 * A table of data, with header rows that exporters repeat and mark up as headers.
 *
 * @param header the header rows (usually one)
 * @param body the body rows
 * @param caption the caption, empty for none
 */
public record Table(List<TableRow> header, List<TableRow> body, List<Inline> caption)
    implements Block {
  public Table {
    header = List.copyOf(header);
    body = List.copyOf(body);
    caption = Inlines.canonical(caption);
  }

  /** The number of columns: the widest row. */
  public int columnCount() {
    int columns = 0;
    for (TableRow row : header) {
      columns = Math.max(columns, row.cells().size());
    }
    for (TableRow row : body) {
      columns = Math.max(columns, row.cells().size());
    }
    return columns;
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitTable(this);
  }
}
