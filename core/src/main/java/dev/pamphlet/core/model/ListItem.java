package dev.pamphlet.core.model;

import java.util.List;

/**
 * One item of a {@link BulletList} or {@link OrderedList}. Items hold blocks, so lists nest.
 *
 * @param check whether this is a checklist item and, if so, whether it is ticked
 * @param blocks the item's content
 */
public record ListItem(CheckState check, List<Block> blocks) {
  public ListItem {
    Checks.present(check, "check");
    blocks = List.copyOf(blocks);
  }

  /** A plain (non-checklist) item. */
  public ListItem(List<Block> blocks) {
    this(CheckState.NONE, blocks);
  }
}
