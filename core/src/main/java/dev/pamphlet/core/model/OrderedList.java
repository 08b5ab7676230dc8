package dev.pamphlet.core.model;

import java.util.List;

/**
 * A numbered list: steps to follow in order.
 *
 * @param start the number of the first item, zero or more
 * @param items the items
 */
public record OrderedList(int start, List<ListItem> items) implements Block {
  public OrderedList {
    if (start < 0) {
      throw new IllegalArgumentException("start must be 0 or more, was " + start);
    }
    items = List.copyOf(items);
  }

  /** A list numbered from 1. */
  public OrderedList(List<ListItem> items) {
    this(1, items);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitOrderedList(this);
  }
}
