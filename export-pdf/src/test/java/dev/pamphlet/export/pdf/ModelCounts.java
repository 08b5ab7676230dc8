package dev.pamphlet.export.pdf;

import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Table;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many of each structure element an article's blocks should give, by tag name. */
final class ModelCounts {
  private ModelCounts() {}

  static Map<String, Integer> expected(List<Block> blocks) {
    Map<String, Integer> counts = new TreeMap<>();
    count(blocks, counts);
    return counts;
  }

  private static void count(List<Block> blocks, Map<String, Integer> counts) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        counts.merge("Sect", 1, Integer::sum);
        count(section.blocks(), counts);
      } else if (block instanceof BulletList list) {
        items(list.items(), counts);
      } else if (block instanceof OrderedList list) {
        items(list.items(), counts);
      } else if (block instanceof Callout callout) {
        counts.merge("Div", 1, Integer::sum);
        count(callout.blocks(), counts);
      } else if (block instanceof BlockQuote quote) {
        counts.merge("BlockQuote", 1, Integer::sum);
        count(quote.blocks(), counts);
      } else if (block instanceof Table) {
        counts.merge("Table", 1, Integer::sum);
      } else if (block instanceof Figure figure && !figure.alt().isBlank()) {
        counts.merge("Figure", 1, Integer::sum);
      }
    }
  }

  private static void items(List<ListItem> items, Map<String, Integer> counts) {
    counts.merge("L", 1, Integer::sum);
    for (ListItem item : items) {
      counts.merge("LI", 1, Integer::sum);
      count(item.blocks(), counts);
    }
  }
}
