package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BlockVisitor;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.InlineVisitor;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.model.ThematicBreak;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * An article with each figure's source replaced: by the image's path inside the EPUB, or by
 * {@code ""} when the image could not be packaged (the HTML renderer then shows the figure's
 * text alternative instead of a broken image). Internal: not part of the API.
 *
 * <p>Nodes that hold no figure are kept as the same instances, so positions in the source map
 * (looked up by identity) still find links and references reported while rendering.
 */
final class FigureSources implements BlockVisitor<Block>, InlineVisitor<Inline> {
  private final UnaryOperator<Figure> replace;

  private FigureSources(UnaryOperator<Figure> replace) {
    this.replace = replace;
  }

  /** {@code article} with every figure passed through {@code replace}. */
  static Article rewrite(Article article, UnaryOperator<Figure> replace) {
    FigureSources rewriter = new FigureSources(replace);
    List<Block> blocks = rewriter.blocks(article.blocks());
    return blocks == article.blocks() ? article
        : new Article(article.id(), article.metadata(), blocks);
  }

  private List<Block> blocks(List<Block> blocks) {
    List<Block> out = new ArrayList<>(blocks.size());
    boolean changed = false;
    for (Block block : blocks) {
      Block rewritten = block.accept(this);
      changed |= rewritten != block;
      out.add(rewritten);
    }
    return changed ? out : blocks;
  }

  private List<Inline> inlines(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines.size());
    boolean changed = false;
    for (Inline inline : inlines) {
      Inline rewritten = inline.accept(this);
      changed |= rewritten != inline;
      out.add(rewritten);
    }
    return changed ? out : inlines;
  }

  private List<ListItem> items(List<ListItem> items) {
    List<ListItem> out = new ArrayList<>(items.size());
    boolean changed = false;
    for (ListItem item : items) {
      List<Block> blocks = blocks(item.blocks());
      changed |= blocks != item.blocks();
      out.add(blocks == item.blocks() ? item : new ListItem(item.check(), blocks));
    }
    return changed ? out : items;
  }

  private List<TableRow> rows(List<TableRow> rows) {
    List<TableRow> out = new ArrayList<>(rows.size());
    boolean changed = false;
    for (TableRow row : rows) {
      List<TableCell> cells = new ArrayList<>(row.cells().size());
      boolean rowChanged = false;
      for (TableCell cell : row.cells()) {
        List<Inline> content = inlines(cell.content());
        rowChanged |= content != cell.content();
        cells.add(content == cell.content() ? cell : new TableCell(content));
      }
      changed |= rowChanged;
      out.add(rowChanged ? new TableRow(cells) : row);
    }
    return changed ? out : rows;
  }

  @Override
  public Block visitSection(Section section) {
    List<Inline> title = inlines(section.title());
    List<Block> blocks = blocks(section.blocks());
    return title == section.title() && blocks == section.blocks() ? section
        : new Section(section.id(), title, blocks);
  }

  @Override
  public Block visitParagraph(Paragraph paragraph) {
    List<Inline> content = inlines(paragraph.content());
    return content == paragraph.content() ? paragraph : new Paragraph(content);
  }

  @Override
  public Block visitBulletList(BulletList list) {
    List<ListItem> items = items(list.items());
    return items == list.items() ? list : new BulletList(items);
  }

  @Override
  public Block visitOrderedList(OrderedList list) {
    List<ListItem> items = items(list.items());
    return items == list.items() ? list : new OrderedList(list.start(), items);
  }

  @Override
  public Block visitCallout(Callout callout) {
    List<Block> blocks = blocks(callout.blocks());
    return blocks == callout.blocks() ? callout
        : new Callout(callout.kind(), callout.title(), blocks);
  }

  @Override
  public Block visitBlockQuote(BlockQuote quote) {
    List<Block> blocks = blocks(quote.blocks());
    return blocks == quote.blocks() ? quote : new BlockQuote(blocks);
  }

  @Override
  public Block visitFigure(Figure figure) {
    List<Inline> caption = inlines(figure.caption());
    Figure withCaption = caption == figure.caption() ? figure
        : new Figure(figure.source(), figure.alt(), caption);
    return replace.apply(withCaption);
  }

  @Override
  public Block visitTable(Table table) {
    List<TableRow> header = rows(table.header());
    List<TableRow> body = rows(table.body());
    List<Inline> caption = inlines(table.caption());
    return header == table.header() && body == table.body() && caption == table.caption()
        ? table : new Table(header, body, caption);
  }

  @Override
  public Block visitCodeBlock(CodeBlock code) {
    return code;
  }

  @Override
  public Block visitThematicBreak(ThematicBreak thematicBreak) {
    return thematicBreak;
  }

  @Override
  public Inline visitText(Text text) {
    return text;
  }

  @Override
  public Inline visitEmphasis(Emphasis emphasis) {
    List<Inline> content = inlines(emphasis.content());
    return content == emphasis.content() ? emphasis : new Emphasis(content);
  }

  @Override
  public Inline visitStrong(Strong strong) {
    List<Inline> content = inlines(strong.content());
    return content == strong.content() ? strong : new Strong(content);
  }

  @Override
  public Inline visitCode(Code code) {
    return code;
  }

  @Override
  public Inline visitLink(Link link) {
    List<Inline> content = inlines(link.content());
    return content == link.content() ? link : new Link(link.url(), link.title(), content);
  }

  @Override
  public Inline visitCrossRef(CrossRef crossRef) {
    List<Inline> label = inlines(crossRef.label());
    return label == crossRef.label() ? crossRef
        : new CrossRef(crossRef.article(), crossRef.section(), label);
  }

  @Override
  public Inline visitNote(Note note) {
    List<Block> blocks = blocks(note.blocks());
    return blocks == note.blocks() ? note : new Note(blocks);
  }

  @Override
  public Inline visitLineBreak(LineBreak lineBreak) {
    return lineBreak;
  }
}
