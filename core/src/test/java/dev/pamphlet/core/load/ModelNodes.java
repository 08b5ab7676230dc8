package dev.pamphlet.core.load;

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

/**
 * Every block, list item and inline of an article, depth first, so a test can ask "is there a
 * checklist item?" or "does every cross-reference resolve?" without walking the tree itself.
 */
final class ModelNodes implements BlockVisitor<Void>, InlineVisitor<Void> {
  private final List<Object> nodes = new ArrayList<>();

  private ModelNodes() {}

  static List<Object> of(Article article) {
    ModelNodes walk = new ModelNodes();
    walk.blocks(article.blocks());
    return walk.nodes;
  }

  /** The nodes of {@code type} in {@code article}, in document order. */
  static <T> List<T> of(Article article, Class<T> type) {
    return of(article).stream().filter(type::isInstance).map(type::cast).toList();
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      nodes.add(block);
      block.accept(this);
    }
  }

  private void inlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      nodes.add(inline);
      inline.accept(this);
    }
  }

  private void items(List<ListItem> items) {
    for (ListItem item : items) {
      nodes.add(item);
      blocks(item.blocks());
    }
  }

  private void rows(List<TableRow> rows) {
    for (TableRow row : rows) {
      for (TableCell cell : row.cells()) {
        inlines(cell.content());
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
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak thematicBreak) {
    return null;
  }

  @Override
  public Void visitText(Text text) {
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
    blocks(note.blocks());
    return null;
  }

  @Override
  public Void visitLineBreak(LineBreak lineBreak) {
    return null;
  }
}
