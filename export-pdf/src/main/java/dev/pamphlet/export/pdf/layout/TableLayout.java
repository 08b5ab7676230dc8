package dev.pamphlet.export.pdf.layout;

import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a table out one unbreakable box per row. Column widths follow the content (each column
 * at least its longest word, the rest shared by natural width); header rows are tinted, tagged
 * TH, kept with the first body row and repeated, as artifacts, above rows that start a page.
 */
final class TableLayout {
  private final LayoutContext ctx;
  private final BlockLayout blocks;
  private final List<Box> out;

  TableLayout(LayoutContext ctx, BlockLayout blocks, List<Box> out) {
    this.ctx = ctx;
    this.blocks = blocks;
    this.out = out;
  }

  void table(Table table, Frame frame) {
    StructureNode node = frame.parent().add("Table");
    float spaceBefore = blocks.paragraphGap();
    if (!table.caption().isEmpty()) {
      StructureNode caption = node.add("Caption");
      List<Line> lines = ctx.breaker.breakLines(InlineFlattener.flatten(ctx, table.caption(),
          caption, ctx.base(), true), frame.width(), false);
      out.add(blocks.block(lines, frame, caption, spaceBefore).keepWithNext(true));
      spaceBefore = ctx.base() * 0.3f;
    }
    int columns = table.columnCount();
    if (columns == 0) {
      return;
    }
    float[] widths = columnWidths(table, columns, frame.width());
    List<Box> header = new ArrayList<>();
    for (TableRow row : table.header()) {
      for (Box box : row(row, true, node, widths, frame, header.isEmpty() ? spaceBefore : 0)) {
        header.add(box.keepWithNext(true));
        out.add(box);
      }
    }
    List<Box> repeated = header.stream().map(TableLayout::artifactCopy).toList();
    boolean first = header.isEmpty();
    for (TableRow row : table.body()) {
      for (Box box : row(row, false, node, widths, frame, first ? spaceBefore : 0)) {
        first = false;
        out.add(box.repeatedHeader(repeated));
      }
    }
  }

  /**
   * A row as one box, or, when it is taller than a page can hold, as several slices of its
   * cells' lines (so nothing runs off the page); only the last slice draws the rule under it.
   */
  private List<Box> row(TableRow row, boolean header, StructureNode table, float[] widths,
      Frame frame, float spaceBefore) {
    float pad = ctx.base() * 0.3f;
    StructureNode tr = table.add("TR");
    List<List<List<Line>>> cells = new ArrayList<>();
    List<StructureNode> tags = new ArrayList<>();
    float limit = ctx.settings.contentHeight() / 2 - 2 * pad;
    int slices = 1;
    for (int c = 0; c < widths.length; c++) {
      StructureNode cell = tr.add(header ? "TH" : "TD").columnHeader(header);
      List<Line> lines = c < row.cells().size()
          ? ctx.breaker.breakLines(InlineFlattener.flatten(ctx, row.cells().get(c).content(),
              cell, ctx.base(), header), widths[c] - 2 * pad, false)
          : List.of();
      List<List<Line>> sliced = slice(lines, limit);
      slices = Math.max(slices, sliced.size());
      cells.add(sliced);
      tags.add(cell);
    }
    List<Decoration> bands = new ArrayList<>(frame.decorations());
    if (header) {
      bands.add(Decoration.gray(frame.left(), frame.width(), 0.9f));
    }
    List<Box> boxes = new ArrayList<>();
    for (int s = 0; s < slices; s++) {
      float height = ctx.settings.lineHeight();
      for (List<List<Line>> cell : cells) {
        height = Math.max(height, s < cell.size() ? heightOf(cell.get(s)) : 0);
      }
      Box box = new Box(s == 0 ? spaceBefore : 0, height + 2 * pad, bands);
      // In a right-to-left article the first column stands at the right, as in HTML's
      // dir="rtl"; the cells' order in the structure tree stays the reading order.
      boolean fromRight = ctx.breaker.isRightToLeft();
      float x = fromRight ? frame.left() + frame.width() : frame.left();
      for (int c = 0; c < widths.length; c++) {
        float left = fromRight ? x - widths[c] : x;
        float y = pad;
        List<List<Line>> cell = cells.get(c);
        for (Line line : s < cell.size() ? cell.get(s) : List.<Line>of()) {
          box.add(new Drawable.TextLine(left + pad, y + line.baseline(), line, tags.get(c)));
          y += line.height();
        }
        x = fromRight ? left : x + widths[c];
      }
      if (s == slices - 1) {
        float bottom = height + 2 * pad;
        box.add(new Drawable.Rule(frame.left(), bottom, frame.left() + frame.width(), bottom,
            header ? 1f : 0.5f, 0.55f));
      }
      boxes.add(box);
    }
    return boxes;
  }

  private static List<List<Line>> slice(List<Line> lines, float limit) {
    List<List<Line>> slices = new ArrayList<>();
    List<Line> current = new ArrayList<>();
    float height = 0;
    for (Line line : lines) {
      if (!current.isEmpty() && height + line.height() > limit) {
        slices.add(current);
        current = new ArrayList<>();
        height = 0;
      }
      current.add(line);
      height += line.height();
    }
    if (!current.isEmpty() || slices.isEmpty()) {
      slices.add(current);
    }
    return slices;
  }

  private static float heightOf(List<Line> lines) {
    float height = 0;
    for (Line line : lines) {
      height += line.height();
    }
    return height;
  }

  private float[] columnWidths(Table table, int columns, float available) {
    float pad = ctx.base() * 0.6f;
    float[] least = new float[columns];
    float[] natural = new float[columns];
    List<TableRow> rows = new ArrayList<>(table.header());
    rows.addAll(table.body());
    for (TableRow row : rows) {
      for (int c = 0; c < row.cells().size(); c++) {
        TableCell cell = row.cells().get(c);
        String text = Inlines.plainText(cell.content());
        natural[c] = Math.max(natural[c], width(text) + pad);
        for (String word : text.split("\\s+")) {
          least[c] = Math.max(least[c], Math.min(width(word) + pad, available / columns));
        }
      }
    }
    float sumLeast = 0;
    float sumNatural = 0;
    for (int c = 0; c < columns; c++) {
      least[c] = Math.max(least[c], ctx.base() * 2);
      natural[c] = Math.max(natural[c], least[c]);
      sumLeast += least[c];
      sumNatural += natural[c];
    }
    float[] widths = new float[columns];
    for (int c = 0; c < columns; c++) {
      if (sumNatural <= available) {
        widths[c] = natural[c] * available / sumNatural;
      } else if (sumLeast >= available) {
        widths[c] = least[c] * available / sumLeast;
      } else {
        widths[c] = least[c] + (natural[c] - least[c]) * (available - sumLeast)
            / (sumNatural - sumLeast);
      }
    }
    return widths;
  }

  private float width(String text) {
    // Measured bold so header cells, the widest case, fit.
    return ctx.metrics.width(text, Face.BOLD, ctx.base());
  }

  /** The same row drawn again as page furniture: no structure element, no links. */
  private static Box artifactCopy(Box header) {
    Box copy = new Box(0, header.height(), header.decorations());
    for (Drawable drawable : header.drawables()) {
      if (drawable instanceof Drawable.TextLine text) {
        List<Fragment> plain = text.line().fragments().stream()
            .map(f -> new Fragment(f.text(), f.face(), f.size(), f.x(), f.width(), null, null,
                f.rightToLeft()))
            .toList();
        Line line = text.line();
        copy.add(new Drawable.TextLine(text.x(), text.baseline(),
            new Line(plain, line.width(), line.height(), line.ascent(), line.descent()), null));
      } else {
        copy.add(drawable);
      }
    }
    return copy;
  }
}
