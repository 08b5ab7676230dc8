package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Converts a GFM table: its header row, body rows and (when flexmark gives one) caption. */
final class TableConverter {
  private final ReadContext context;
  private final InlineConverter inlines;

  TableConverter(ReadContext context, InlineConverter inlines) {
    this.context = context;
    this.inlines = inlines;
  }

  Block table(TableBlock table) {
    List<TableRow> header = new ArrayList<>();
    List<TableRow> body = new ArrayList<>();
    List<Inline> caption = List.of();
    int delimiterCells = -1;
    for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
      if (part instanceof TableHead) {
        header.addAll(rows(part));
      } else if (part instanceof TableBody) {
        body.addAll(rows(part));
      } else if (part instanceof TableCaption) {
        caption = inlines.children(part);
      } else if (part instanceof TableSeparator && part.getFirstChild() != null) {
        delimiterCells = countChildren(part.getFirstChild());
      }
    }
    if (header.size() == 1 && delimiterCells >= 0
        && header.get(0).cells().size() != delimiterCells) {
      return notATable(table, header.get(0).cells().size(), delimiterCells);
    }
    return context.place(new Table(header, body, caption), table);
  }

  /** GFM: a header row and delimiter row of different widths do not make a table. */
  private Block notATable(TableBlock table, int headerCells, int delimiterCells) {
    context.warn("table.malformed", "the header row has " + headerCells
        + " cells but the delimiter row " + delimiterCells + "; read as text", table);
    String text = table.getChars().toString().lines().map(String::strip)
        .collect(Collectors.joining(" "));
    return context.place(Paragraph.of(text), table);
  }

  private List<TableRow> rows(Node part) {
    List<TableRow> rows = new ArrayList<>();
    for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
      List<TableCell> cells = new ArrayList<>();
      for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
        cells.add(new TableCell(unescapePipes(inlines.children(cell))));
      }
      rows.add(new TableRow(cells));
    }
    return rows;
  }

  private static int countChildren(Node parent) {
    int count = 0;
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      count++;
    }
    return count;
  }

  /**
   * GFM splits cells before reading inlines, so {@code \|} is a pipe even inside code, where a
   * backslash is otherwise kept.
   */
  private static List<Inline> unescapePipes(List<Inline> content) {
    List<Inline> out = new ArrayList<>(content.size());
    for (Inline inline : content) {
      if (inline instanceof Code code) {
        out.add(new Code(code.value().replace("\\|", "|")));
      } else if (inline instanceof Emphasis emphasis) {
        out.add(new Emphasis(unescapePipes(emphasis.content())));
      } else if (inline instanceof Strong strong) {
        out.add(new Strong(unescapePipes(strong.content())));
      } else {
        out.add(inline);
      }
    }
    return out;
  }
}
