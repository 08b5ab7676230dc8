package dev.pamphlet.core.model;

import java.util.List;

/**
 * A set-apart block that needs the reader's attention: "When to call your doctor".
 *
 * @param kind how urgent it is
 * @param title its own title, or {@code ""} to show the kind's default title
 * @param blocks the content
 */
public record Callout(CalloutKind kind, String title, List<Block> blocks) implements Block {
  public Callout {
    Checks.present(kind, "kind");
    Checks.text(title, "title");
    blocks = List.copyOf(blocks);
  }

  /** The title to show: its own, or the kind's default. */
  public String displayTitle() {
    return title.isEmpty() ? kind.defaultTitle() : title;
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitCallout(this);
  }
}
