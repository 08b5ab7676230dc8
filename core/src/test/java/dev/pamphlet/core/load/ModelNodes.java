package dev.pamphlet.core.load;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.ModelWalker;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.OrderedList;
import java.util.ArrayList;
import java.util.List;

/**
 * Every block, list item and inline of an article, depth first, so a test can ask "is there a
 * checklist item?" or "does every cross-reference resolve?" without walking the tree itself.
 * A thin layer over {@link ModelWalker}, which reports blocks and inlines; list items are added
 * right after their list.
 */
final class ModelNodes {
  private ModelNodes() {}

  static List<Object> of(Article article) {
    List<Object> nodes = new ArrayList<>();
    ModelWalker.walk(article, new ModelListener() {
      @Override
      public void block(Block block, NodeContext context) {
        nodes.add(block);
        if (block instanceof BulletList list) {
          nodes.addAll(list.items());
        } else if (block instanceof OrderedList list) {
          nodes.addAll(list.items());
        }
      }

      @Override
      public void inline(Inline inline, NodeContext context) {
        nodes.add(inline);
      }
    });
    return nodes;
  }

  /** The nodes of {@code type} in {@code article}, in document order. */
  static <T> List<T> of(Article article, Class<T> type) {
    return of(article).stream().filter(type::isInstance).map(type::cast).toList();
  }
}
