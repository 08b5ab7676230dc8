package dev.pamphlet.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Goes through every block and inline of a publication or article, in document order, telling a
 * {@link ModelListener} about each with its {@link NodeContext}: for analyses that care about a
 * few node types wherever they are (figures to check, footnotes to collect, words to count).
 *
 * <p>It reaches everything: section titles, list items, table captions and cells, callout and
 * quote content, figure captions, link and cross-reference labels, and the blocks inside
 * footnotes. It is built on {@link BlockVisitor} and {@link InlineVisitor}, so a new node type
 * fails to compile here rather than going unvisited. Stateless and thread-safe.
 *
 * <pre>{@code
 * ModelWalker.walk(publication, listener);
 * }</pre>
 */
public final class ModelWalker {
  private ModelWalker() {}

  /** Walks every article of {@code publication}, in order. */
  public static void walk(Publication publication, ModelListener listener) {
    Objects.requireNonNull(listener, "listener");
    for (Article article : publication.articles()) {
      walk(article, listener);
    }
  }

  /** Walks one article. */
  public static void walk(Article article, ModelListener listener) {
    Objects.requireNonNull(listener, "listener");
    listener.startArticle(article);
    new Walk(listener, NodeContext.top(article)).blocks(article.blocks());
    listener.endArticle(article);
  }

  /** One level of the walk: a listener and the context of the nodes it is visiting. */
  private record Walk(ModelListener listener, NodeContext context)
      implements BlockVisitor<Void>, InlineVisitor<Void> {

    void blocks(List<Block> blocks) {
      for (Block block : blocks) {
        listener.block(block, context);
        block.accept(this);
      }
    }

    void inlines(List<Inline> inlines) {
      for (Inline inline : inlines) {
        listener.inline(inline, context);
        inline.accept(this);
      }
    }

    private void items(List<ListItem> items) {
      for (ListItem item : items) {
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
      // The title belongs to the section's level; its content sits one section deeper.
      inlines(section.title());
      new Walk(listener, context.inside(section)).blocks(section.blocks());
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
      // The caption first, where HTML and screen readers put it.
      inlines(table.caption());
      rows(table.header());
      rows(table.body());
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
}
