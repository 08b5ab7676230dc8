package dev.pamphlet.core.build;

import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.Text;
import java.util.ArrayList;
import java.util.List;

/** Collects a table: {@code t -> t.header("Dose", "When").row("5 mg", "Morning")}. */
public final class TableBuilder {
  private final List<TableRow> header = new ArrayList<>();
  private final List<TableRow> body = new ArrayList<>();
  private List<Inline> caption = List.of();

  TableBuilder() {}

  public TableBuilder header(String... cells) {
    header.add(toRow(cells));
    return this;
  }

  public TableBuilder row(String... cells) {
    body.add(toRow(cells));
    return this;
  }

  public TableBuilder caption(String caption) {
    this.caption = List.of(new Text(caption));
    return this;
  }

  private static TableRow toRow(String... cells) {
    List<TableCell> out = new ArrayList<>(cells.length);
    for (String cell : cells) {
      out.add(TableCell.of(cell));
    }
    return new TableRow(out);
  }

  Table build() {
    return new Table(header, body, caption);
  }
}
