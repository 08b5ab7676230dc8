package dev.pamphlet.core.model;

import java.util.List;

/** One row of a {@link Table}. */
public record TableRow(List<TableCell> cells) {
  public TableRow {
    cells = List.copyOf(cells);
  }
}
