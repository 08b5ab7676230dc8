package dev.pamphlet.core.model;

import java.util.List;

/**
 * A reference to an article or a section of the publication. The validator checks that the
 * target exists; exporters render it through the {@link dev.pamphlet.core.xref.Index} so it reads
 * the same in every format.
 *
 * @param article the target article's id, never blank
 * @param section the target section's id, or {@code ""} for the article itself
 * @param label the text to show; when empty, exporters show the target's title
 */
public record CrossRef(String article, String section, List<Inline> label) implements Inline {
  public CrossRef {
    Checks.nonBlank(article, "article");
    Checks.text(section, "section");
    label = Inlines.canonical(label);
  }

  /** A reference with no label: exporters fill in the target's title. */
  public CrossRef(String article, String section) {
    this(article, section, List.of());
  }

  /** Whether this points at a section rather than a whole article. */
  public boolean hasSection() {
    return !section.isEmpty();
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitCrossRef(this);
  }
}
