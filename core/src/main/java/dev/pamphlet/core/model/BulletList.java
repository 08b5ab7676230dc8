package dev.pamphlet.core.model;

import java.util.List;

/** A list whose order does not matter; a checklist when its items carry a {@link CheckState}. */
public record BulletList(List<ListItem> items) implements Block {
  public BulletList {
    items = List.copyOf(items);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitBulletList(this);
  }
}
