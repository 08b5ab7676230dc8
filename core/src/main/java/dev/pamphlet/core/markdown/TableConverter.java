package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.util.ast.Node;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/** Converts a GFM table: its header row, body rows and (when flexmark gives one) caption. */
final class TableConverter {
  private final ReadContext context;
  private final InlineConverter inlines;

  TableConverter(ReadContext context, InlineConverter inlines) {
    this.context = context;
    this.inlines = inlines;
  }

  Table table(TableBlock table) {
    List<TableRow> header = new ArrayList<>();
    List<TableRow> body = new ArrayList<>();
    List<Inline> caption = List.of();
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableHead) {
        header.addAll(rows(part));
      } else if (part instanceof TableBody) {
        body.addAll(rows(part));
      } else if (part instanceof TableCaption) {
        caption = inlines.children(part);
      }
      // The separator row (|---|) carries alignment only.
    }
    return context.place(new Table(header, body, caption), table);
  }

  private List<TableRow> rows(Node part) {
    List<TableRow> rows = new ArrayList<>();
    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
      List<TableCell> cells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        cells.add(new TableCell(inlines.children(cell)));
      }
      rows.add(new TableRow(cells));
    }
    return rows;
  }
}
