package dev.pamphlet.core.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * How deeply content nests, and the limit that keeps every reader, the validator and every
 * exporter safe: they all walk the model recursively, so content nested thousands of levels
 * deep would overflow the stack. Real content stays far below the limit (a section in a
 * section, a list in a callout in a list, a link in bold: depth 10 to 20); readers refuse
 * anything deeper with a diagnostic, the validator reports it and exporters refuse to write it.
 *
 * <p>Depth counts the blocks and inlines on the way down from the article: a paragraph at the
 * top of an article is at depth 1, its text at depth 2; a list's items' blocks sit one level
 * below the list, a table's cells one level below the table, a note's blocks one level below
 * the note. {@link #depth} never recurses, so it measures content of any depth, and
 * {@link #tooDeep} recurses no deeper than the limit.
 *
 * <pre>{@code
 * if (Nesting.tooDeep(article).isPresent()) {
 *   // refuse the article, with a diagnostic
 * }
 * }</pre>
 */
public final class Nesting {
  /** The deepest nesting any part of Pamphlet accepts. */
  public static final int MAX_DEPTH = 100;

  private Nesting() {}

  /** The depth of the article's deepest node; 0 for an empty article. */
  public static int depth(Article article) {
    int deepest = 0;
    Deque<Entry> pending = new ArrayDeque<>();
    push(pending, article.blocks(), 1);
    while (!pending.isEmpty()) {
      Entry entry = pending.pop();
      deepest = Math.max(deepest, entry.depth());
      push(pending, children(entry.node()), entry.depth() + 1);
    }
    return deepest;
  }

  /**
   * The way down to the first node, in document order, that lies deeper than
   * {@link #MAX_DEPTH}: the blocks and inlines from the article's top level to that node, each a
   * {@link Block} or an {@link Inline}, so a caller can name the deepest one it knows a position
   * for. Empty when the article is within the limit.
   */
  public static Optional<List<Object>> tooDeep(Article article) {
    Object[] path = new Object[MAX_DEPTH + 1];
    int found = deeperThanLimit(article.blocks(), 1, path);
    return found < 0 ? Optional.empty() : Optional.of(List.of(Arrays.copyOf(path, found)));
  }

  /**
   * Walks {@code nodes}, at {@code depth}, and their descendants in document order, keeping the
   * way down in {@code path}; the length of the path to the first node deeper than the limit,
   * or -1. It recurses, but never further than the limit, so any content is safe; and unlike
   * {@link #depth}, it keeps no entry per node (readers run it on every article they read).
   */
  private static int deeperThanLimit(List<?> nodes, int depth, Object[] path) {
    for (Object node : nodes) {
      path[depth - 1] = node;
      if (depth > MAX_DEPTH) {
        return depth;
      }
      if (node instanceof Text) {
        continue; // most nodes: nothing below
      }
      int found = deeperThanLimit(children(node), depth + 1, path);
      if (found >= 0) {
        return found;
      }
    }
    return -1;
  }

  /** Whether every article of the publication is within the limit. */
  public static boolean withinLimit(Publication publication) {
    return publication.articles().stream().allMatch(a -> tooDeep(a).isEmpty());
  }

  /** Pushes {@code nodes} so that the first is popped first: document order. */
  private static void push(Deque<Entry> pending, List<?> nodes, int depth) {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      pending.push(new Entry(nodes.get(i), depth));
    }
  }

  private static List<?> children(Object node) {
    return node instanceof Block block ? block.accept(BLOCK_CHILDREN)
        : ((Inline) node).accept(INLINE_CHILDREN);
  }

  /** A node waiting to be visited, and its depth. */
  private record Entry(Object node, int depth) {}

  private static List<?> items(List<ListItem> items) {
    if (items.size() == 1) {
      return items.get(0).blocks();
    }
    List<Object> out = new ArrayList<>(2 * items.size());
    for (ListItem item : items) {
      out.addAll(item.blocks());
    }
    return out;
  }

  private static List<Object> rows(List<TableRow> rows, List<Object> out) {
    rows.forEach(row -> row.cells().forEach(cell -> out.addAll(cell.content())));
    return out;
  }

  private static List<?> concat(List<?> first, List<?> second) {
    if (first.isEmpty()) {
      return second;
    }
    List<Object> out = new ArrayList<>(first.size() + second.size());
    out.addAll(first);
    out.addAll(second);
    return out;
  }

  /** The immediate children of each block: one level, never recursive. */
  private static final BlockVisitor<List<?>> BLOCK_CHILDREN = new BlockVisitor<>() {
    @Override
    public List<?> visitSection(Section section) {
      return concat(section.title(), section.blocks());
    }

    @Override
    public List<?> visitParagraph(Paragraph paragraph) {
      return paragraph.content();
    }

    @Override
    public List<?> visitBulletList(BulletList list) {
      return items(list.items());
    }

    @Override
    public List<?> visitOrderedList(OrderedList list) {
      return items(list.items());
    }

    @Override
    public List<?> visitCallout(Callout callout) {
      return callout.blocks();
    }

    @Override
    public List<?> visitBlockQuote(BlockQuote quote) {
      return quote.blocks();
    }

    @Override
    public List<?> visitFigure(Figure figure) {
      return figure.caption();
    }

    @Override
    public List<?> visitTable(Table table) {
      return rows(table.body(), rows(table.header(), new ArrayList<>(table.caption())));
    }

    @Override
    public List<?> visitCodeBlock(CodeBlock code) {
      return List.of();
    }

    @Override
    public List<?> visitThematicBreak(ThematicBreak thematicBreak) {
      return List.of();
    }
  };

  /** The immediate children of each inline: one level, never recursive. */
  private static final InlineVisitor<List<?>> INLINE_CHILDREN = new InlineVisitor<>() {
    @Override
    public List<?> visitText(Text text) {
      return List.of();
    }

    @Override
    public List<?> visitEmphasis(Emphasis emphasis) {
      return emphasis.content();
    }

    @Override
    public List<?> visitStrong(Strong strong) {
      return strong.content();
    }

    @Override
    public List<?> visitCode(Code code) {
      return List.of();
    }

    @Override
    public List<?> visitLink(Link link) {
      return link.content();
    }

    @Override
    public List<?> visitCrossRef(CrossRef crossRef) {
      return crossRef.label();
    }

    @Override
    public List<?> visitNote(Note note) {
      return note.blocks();
    }

    @Override
    public List<?> visitLineBreak(LineBreak lineBreak) {
      return List.of();
    }
  };
}
