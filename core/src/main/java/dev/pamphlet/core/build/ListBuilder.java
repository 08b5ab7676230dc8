package dev.pamphlet.core.build;

import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.ListItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects list items: plain, with inline markup, with blocks, or checklist items. */
public final class ListBuilder {
  private record Pending(CheckState check, BlockListBuilder blocks) {}

  private final List<Pending> items = new ArrayList<>();

  ListBuilder() {}

  /** Adds an item of plain text. */
  public ListBuilder item(String text) {
    return item(CheckState.NONE, b -> b.paragraph(text));
  }

  /** Adds an item holding blocks (a paragraph and a nested list, say). */
  public ListBuilder itemBlocks(Consumer<BlockListBuilder> content) {
    return item(CheckState.NONE, content);
  }

  /** Adds a checklist item of plain text. */
  public ListBuilder task(boolean checked, String text) {
    return item(checked ? CheckState.CHECKED : CheckState.UNCHECKED, b -> b.paragraph(text));
  }

  /** Adds an item with the given check state and blocks. */
  public ListBuilder item(CheckState check, Consumer<BlockListBuilder> content) {
    BlockListBuilder blocks = new BlockListBuilder();
    content.accept(blocks);
    items.add(new Pending(check, blocks));
    return this;
  }

  List<ListItem> buildItems(Ids.Allocator ids) {
    List<ListItem> out = new ArrayList<>(items.size());
    for (Pending item : items) {
      out.add(new ListItem(item.check(), item.blocks().buildBlocks(ids)));
    }
    return out;
  }
}
