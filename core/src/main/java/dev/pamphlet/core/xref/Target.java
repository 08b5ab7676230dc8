package dev.pamphlet.core.xref;

import java.util.Objects;

/**
 * Something a {@link dev.pamphlet.core.model.CrossRef} can point at: an article or a section.
 *
 * @param article the article's id
 * @param section the section's id, or {@code ""} for the article itself
 * @param title the title as plain text
 * @param number its number ("2.1") when the publication is numbered, else {@code ""}
 * @param level 0 for an article, 1 for its top-level sections, and so on
 */
public record Target(String article, String section, String title, String number, int level) {
  public Target {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(number, "number");
  }

  /** Whether this is a whole article. */
  public boolean isArticle() {
    return section.isEmpty();
  }

  /** The title with its number in front when there is one: {@code "2.1 Side effects"}. */
  public String numberedTitle() {
    return number.isEmpty() ? title : number + " " + title;
  }

  /** {@code article} or {@code article#section}: how people write the reference. */
  public String key() {
    return isArticle() ? article : article + "#" + section;
  }
}
