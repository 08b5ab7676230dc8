package dev.pamphlet.export.pdf.layout;

import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BlockVisitor;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.model.ThematicBreak;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays blocks out as {@link Box}es with their structure elements: paragraphs line by line (no
 * single orphan or widow line), headings kept with what follows, lists with hanging indents and
 * their markers on the first line, callouts and quotes with their bands, code in monospace.
 */
final class BlockLayout {
  private static final String[] BULLETS = {"\u2022", "\u25E6", "\u25AA"};

  private final LayoutContext ctx;
  private final List<Box> out;
  private final TableLayout tables;
  private final FigureLayout figures;

  BlockLayout(LayoutContext ctx, List<Box> out) {
    this.ctx = ctx;
    this.out = out;
    this.tables = new TableLayout(ctx, this, out);
    this.figures = new FigureLayout(ctx, this, out);
  }

  /** The boxes laid out so far. */
  List<Box> output() {
    return out;
  }

  float paragraphGap() {
    return ctx.base() * 0.6f;
  }

  void blocks(List<Block> blocks, Frame frame) {
    Visitor visitor = new Visitor(frame);
    for (Block block : blocks) {
      Object outer = ctx.block;
      ctx.block = block;
      block.accept(visitor);
      ctx.block = outer;
    }
  }

  /** Lays inline text out as one box per line; returns the boxes. */
  List<Box> text(List<Inline> inlines, Frame frame, StructureNode tag, float size, boolean bold,
      float spaceBefore) {
    List<Span> spans = InlineFlattener.flatten(ctx, inlines, tag, size, bold);
    return lines(ctx.breaker.breakLines(spans, frame.width(), false), frame, tag, spaceBefore);
  }

  /** One box per line, keeping the first two and the last two lines together. */
  List<Box> lines(List<Line> lines, Frame frame, StructureNode tag, float spaceBefore) {
    List<Box> boxes = new ArrayList<>();
    for (Line line : lines) {
      Box box = new Box(boxes.isEmpty() ? spaceBefore : 0, line.height(), frame.decorations());
      box.add(new Drawable.TextLine(frame.left(), line.baseline(), line, tag));
      boxes.add(box);
    }
    if (boxes.size() >= 2) {
      boxes.get(0).keepWithNext(true);
      boxes.get(boxes.size() - 2).keepWithNext(true);
    }
    out.addAll(boxes);
    return boxes;
  }

  /** All lines in one unbreakable box (headings, captions, table cells). */
  Box block(List<Line> lines, Frame frame, StructureNode tag, float spaceBefore) {
    float height = 0;
    for (Line line : lines) {
      height += line.height();
    }
    Box box = new Box(spaceBefore, height, frame.decorations());
    float y = 0;
    for (Line line : lines) {
      box.add(new Drawable.TextLine(frame.left(), y + line.baseline(), line, tag));
      y += line.height();
    }
    return box;
  }

  static float heightOf(List<Line> lines) {
    float height = 0;
    for (Line line : lines) {
      height += line.height();
    }
    return height;
  }

  float headingSize(int level) {
    float[] scale = {2.0f, 1.5f, 1.25f, 1.1f, 1.0f, 1.0f};
    return ctx.base() * scale[Math.min(level, 6) - 1];
  }

  /** A heading of the given level (1–6) as one box kept with the next. */
  Box heading(List<Inline> title, int level, Frame frame, StructureNode parent, String anchor) {
    int h = Math.max(1, Math.min(6, level));
    StructureNode tag = parent.add("H" + h);
    float size = headingSize(h);
    List<Span> spans = InlineFlattener.flatten(ctx, title, tag, size, true);
    List<Line> lines = ctx.breaker.breakLines(spans, frame.width(), false);
    if (lines.isEmpty()) {
      // An untitled heading shows its id, which may hold characters no font has.
      lines = ctx.breaker.breakLines(List.of(InlineFlattener.plain(ctx, anchor, Face.BOLD, size,
          null)), frame.width(), false);
    }
    float spaceBefore = out.isEmpty() ? 0 : size * 0.9f;
    Box box;
    if (heightOf(lines) > ctx.settings.contentHeight() / 3) {
      // An absurdly long heading is broken line by line rather than run off the page.
      List<Box> boxes = lines(lines, frame, tag, spaceBefore);
      boxes.forEach(b -> b.keepWithNext(true));
      box = boxes.get(0);
    } else {
      box = block(lines, frame, tag, spaceBefore).keepWithNext(true);
      out.add(box);
    }
    box.anchors().add(anchor);
    return box;
  }

  private final class Visitor implements BlockVisitor<Void> {
    private final Frame frame;

    Visitor(Frame frame) {
      this.frame = frame;
    }

    @Override
    public Void visitSection(Section section) {
      StructureNode sect = frame.parent().add("Sect");
      String anchor = ctx.articleId + "#" + section.id();
      int level = frame.depth() + 1;
      String number = ctx.index.find(ctx.articleId, section.id()).map(t -> t.number())
          .orElse("");
      List<Inline> title = section.title();
      if (!number.isEmpty()) {
        title = new ArrayList<>(title);
        title.add(0, new Text(number + " "));
      }
      heading(title, level + ctx.headingOffset, frame, sect, anchor);
      ctx.outline.add(new OutlineEntry(ctx.index.find(ctx.articleId, section.id())
          .map(t -> t.numberedTitle()).orElse(section.titleText()), anchor, level));
      blocks(section.blocks(), frame.deeper(sect));
      return null;
    }

    @Override
    public Void visitParagraph(Paragraph paragraph) {
      text(paragraph.content(), frame, frame.parent().add("P"), ctx.base(), false,
          paragraphGap());
      return null;
    }

    @Override
    public Void visitBulletList(BulletList list) {
      list(list.items(), false, 1);
      return null;
    }

    @Override
    public Void visitOrderedList(OrderedList list) {
      list(list.items(), true, list.start());
      return null;
    }

    private void list(List<ListItem> items, boolean ordered, int start) {
      StructureNode l = frame.parent().add("L");
      List<String> markers = new ArrayList<>();
      float markerWidth = ctx.base() * 1.2f;
      for (int i = 0; i < items.size(); i++) {
        String marker = marker(items.get(i).check(), ordered, start + i);
        markers.add(marker);
        markerWidth = Math.max(markerWidth,
            ctx.metrics.width(marker, Face.REGULAR, ctx.base()) + ctx.base() * 0.5f);
      }
      for (int i = 0; i < items.size(); i++) {
        StructureNode li = l.add("LI");
        StructureNode lbl = li.add("Lbl");
        StructureNode body = li.add("LBody");
        int first = out.size();
        boolean fromRight = ctx.breaker.isRightToLeft();
        blocks(items.get(i).blocks(), fromRight ? frame.inListFromRight(markerWidth, body)
            : frame.inList(markerWidth, body));
        if (out.size() == first) {
          out.add(new Box(0, ctx.settings.lineHeight(), frame.decorations()));
        }
        Box box = out.get(first);
        box.spaceBefore(i == 0 ? paragraphGap() : ctx.base() * 0.25f);
        Line line = ctx.breaker.breakLines(List.of(Span.of(markers.get(i), Face.REGULAR,
            ctx.base())), markerWidth, false).get(0);
        float baseline = box.drawables().stream()
            .filter(d -> d instanceof Drawable.TextLine).findFirst()
            .map(d -> ((Drawable.TextLine) d).baseline()).orElse(line.baseline());
        // In a right-to-left article the marker stands at the right, before the text.
        float markerLeft = fromRight ? frame.left() + frame.width() - markerWidth : frame.left();
        box.drawables().add(0, new Drawable.TextLine(markerLeft, baseline, line, lbl));
      }
    }

    private String marker(CheckState check, boolean ordered, int number) {
      if (check == CheckState.CHECKED) {
        return "\u2611";
      }
      if (check == CheckState.UNCHECKED) {
        return "\u2610";
      }
      return ordered ? number + "." : BULLETS[frame.listLevel() % BULLETS.length];
    }

    @Override
    public Void visitCallout(Callout callout) {
      StructureNode div = frame.parent().add("Div");
      float[] colour = tint(callout);
      float pad = ctx.base() * 0.6f;
      float bar = Math.max(3, ctx.base() * 0.25f);
      boolean fromRight = ctx.breaker.isRightToLeft();
      List<Decoration> bands = List.of(
          new Decoration(frame.left(), frame.width(), colour[0], colour[1], colour[2]),
          new Decoration(frame.startEdge(bar, fromRight), bar, colour[3], colour[4], colour[5]));
      Frame inner = frame.insetFromStart(bar + pad, pad, fromRight, div, bands);
      out.add(new Box(paragraphGap(), pad, inner.decorations()).keepWithNext(true));
      StructureNode title = div.add("P");
      List<Box> titleLines = lines(ctx.breaker.breakLines(List.of(InlineFlattener.plain(ctx,
          callout.displayTitle(), Face.BOLD, ctx.base(), callout)), inner.width(), false),
          inner, title, 0);
      if (!titleLines.isEmpty()) {
        titleLines.get(titleLines.size() - 1).keepWithNext(true);
      }
      int first = out.size();
      blocks(callout.blocks(), inner);
      if (out.size() > first) {
        out.get(first).spaceBefore(ctx.base() * 0.3f);
      }
      out.add(new Box(0, pad, inner.decorations()));
      return null;
    }

    private float[] tint(Callout callout) {
      switch (callout.kind()) {
        case WARNING:
          return new float[] {1f, 0.96f, 0.86f, 0.80f, 0.50f, 0f};
        case CAUTION:
          return new float[] {1f, 0.93f, 0.93f, 0.75f, 0.10f, 0.10f};
        case IMPORTANT:
          return new float[] {0.96f, 0.93f, 1f, 0.45f, 0.25f, 0.70f};
        default:
          return new float[] {0.92f, 0.95f, 1f, 0.20f, 0.40f, 0.80f};
      }
    }

    @Override
    public Void visitBlockQuote(BlockQuote quote) {
      StructureNode node = frame.parent().add("BlockQuote");
      float bar = Math.max(2, ctx.base() * 0.2f);
      boolean fromRight = ctx.breaker.isRightToLeft();
      Frame inner = frame.insetFromStart(ctx.base() * 1.2f, 0, fromRight, node,
          List.of(Decoration.gray(frame.startEdge(bar, fromRight), bar, 0.7f)));
      blocks(quote.blocks(), inner);
      return null;
    }

    @Override
    public Void visitFigure(Figure figure) {
      figures.figure(figure, frame);
      return null;
    }

    @Override
    public Void visitTable(Table table) {
      tables.table(table, frame);
      return null;
    }

    @Override
    public Void visitCodeBlock(CodeBlock code) {
      StructureNode node = frame.parent().add("P").add("Code");
      float pad = ctx.base() * 0.5f;
      float size = ctx.small();
      Frame inner = frame.inset(pad, pad, frame.parent(),
          List.of(Decoration.gray(frame.left(), frame.width(), 0.95f)));
      out.add(new Box(paragraphGap(), pad, inner.decorations()).keepWithNext(true));
      String text = code.code().endsWith("\n") ? code.code().substring(0, code.code().length() - 1)
          : code.code();
      for (String source : text.split("\n", -1)) {
        Span span = InlineFlattener.plain(ctx, source, Face.MONO, size, code);
        List<Line> lines = ctx.breaker.breakLines(List.of(span), inner.width(), true);
        if (lines.isEmpty()) {
          out.add(new Box(0, size * ctx.settings.leading(), inner.decorations()));
        } else {
          lines(lines, inner, node, 0);
        }
      }
      out.add(new Box(0, pad, inner.decorations()));
      return null;
    }

    @Override
    public Void visitThematicBreak(ThematicBreak thematicBreak) {
      float height = ctx.base();
      Box box = new Box(paragraphGap(), height, frame.decorations());
      box.add(new Drawable.Rule(frame.left(), height / 2, frame.left() + frame.width(),
          height / 2, 0.75f, 0.6f));
      out.add(box);
      return null;
    }
  }
}
