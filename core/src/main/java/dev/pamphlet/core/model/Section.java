package dev.pamphlet.core.model;

import java.util.List;

/**
 * A titled part of an article. Sections nest: a section's heading level is its depth in the
 * article (a top-level section is level 1), never a stored number, so levels cannot skip.
 *
 * @param id unique within the article; explicit or the slug of the title (see {@link Ids})
 * @param title the heading text
 * @param blocks the content, including sub-sections
 */
public record Section(String id, List<Inline> title, List<Block> blocks) implements Block {
  public Section {
    Ids.requireValid(id);
    title = Inlines.canonical(title);
    blocks = List.copyOf(blocks);
  }

  /** The title as plain text. */
  public String titleText() {
    return Inlines.plainText(title);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitSection(this);
  }
}
