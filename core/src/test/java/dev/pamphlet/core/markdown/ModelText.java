package dev.pamphlet.core.markdown;

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
import java.util.List;

/**
 * All the text a reader can see in an article, in reading order: titles, paragraphs, cells,
 * alt texts, captions, callout titles, code, and footnotes where they are cited. Blocks are
 * separated by spaces; inlines run together as they would on the page.
 */
final class ModelText implements BlockVisitor<Void>, InlineVisitor<Void> {
  private final StringBuilder out = new StringBuilder();

  /** The title, then the body. */
  static String of(Article article) {
    return article.title() + " " + body(article);
  }

  /** The body alone. */
  static String body(Article article) {
    ModelText text = new ModelText();
    text.blocks(article.blocks());
    return text.out.toString();
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      out.append(' ');
      block.accept(this);
      out.append(' ');
    }
  }

  private void inlines(List<Inline> inlines) {
    inlines.forEach(inline -> inline.accept(this));
  }

  private void items(List<ListItem> items) {
    items.forEach(item -> blocks(item.blocks()));
  }

  private void rows(List<TableRow> rows) {
    for (TableRow row : rows) {
      for (TableCell cell : row.cells()) {
        out.append(' ');
        inlines(cell.content());
        out.append(' ');
      }
    }
  }

  @Override
  public Void visitSection(Section section) {
    inlines(section.title());
    blocks(section.blocks());
    return null;
  }

  @Override
  public Void visitParagraph(Paragraph paragraph) {
    inlines(paragraph.content());
    return null;
  }

  @Override
  public Void visitBulletList(BulletList list) {
    items(list.items());
    return null;
  }

  @Override
  public Void visitOrderedList(OrderedList list) {
    items(list.items());
    return null;
  }

  @Override
  public Void visitCallout(Callout callout) {
    out.append(callout.title()).append(' ');
    blocks(callout.blocks());
    return null;
  }

  @Override
  public Void visitBlockQuote(BlockQuote quote) {
    blocks(quote.blocks());
    return null;
  }

  @Override
  public Void visitFigure(Figure figure) {
    out.append(figure.alt()).append(' ');
    inlines(figure.caption());
    return null;
  }

  @Override
  public Void visitTable(Table table) {
    rows(table.header());
    rows(table.body());
    inlines(table.caption());
    return null;
  }

  @Override
  public Void visitCodeBlock(CodeBlock code) {
    out.append(code.code());
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak thematicBreak) {
    return null;
  }

  @Override
  public Void visitText(Text text) {
    out.append(text.value());
    return null;
  }

  @Override
  public Void visitEmphasis(Emphasis emphasis) {
    inlines(emphasis.content());
    return null;
  }

  @Override
  public Void visitStrong(Strong strong) {
    inlines(strong.content());
    return null;
  }

  @Override
  public Void visitCode(Code code) {
    out.append(code.value());
    return null;
  }

  @Override
  public Void visitLink(Link link) {
    inlines(link.content());
    return null;
  }

  @Override
  public Void visitCrossRef(CrossRef crossRef) {
    inlines(crossRef.label());
    return null;
  }

  @Override
  public Void visitNote(Note note) {
    out.append(' ');
    blocks(note.blocks());
    return null;
  }

  @Override
  public Void visitLineBreak(LineBreak lineBreak) {
    out.append(' ');
    return null;
  }
}
