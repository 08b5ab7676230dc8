package dev.pamphlet.export.html.internal;

import dev.pamphlet.core.xref.Index;
import dev.pamphlet.core.xref.Target;

/**
 * The element ids the exporter writes. Internal: not part of the API.
 *
 * <p>On a page of one article, a section's id is the section id itself (with the prefix), so
 * {@code other.html#section} links work. On the booklet page many articles meet, so section
 * ids are qualified: {@code article/section}. Article and section ids never contain {@code /},
 * so qualified ids and footnote ids ({@code article/fn-1}) cannot collide with them.
 */
public final class Anchors {
  private final String prefix;
  private final boolean booklet;
  private final Index index;

  public Anchors(String prefix, boolean booklet, Index index) {
    this.prefix = prefix;
    this.booklet = booklet;
    this.index = index;
  }

  /** The id of an article's element. */
  public String article(String articleId) {
    if (!booklet && index.find(articleId, articleId).isPresent()) {
      // A section has the article's own id: keep them apart.
      return prefix + articleId + "/";
    }
    return prefix + articleId;
  }

  /** The id of a section's element. */
  public String section(String articleId, String sectionId) {
    return booklet ? prefix + articleId + "/" + sectionId : prefix + sectionId;
  }

  /** The id of an article or section. */
  public String of(Target target) {
    return target.isArticle() ? article(target.article())
        : section(target.article(), target.section());
  }

  /** The id of footnote {@code number} of an article. */
  public String note(String articleId, int number) {
    return prefix + articleId + "/fn-" + number;
  }

  /** The id of the reference to footnote {@code number} of an article. */
  public String noteReference(String articleId, int number) {
    return prefix + articleId + "/fnref-" + number;
  }

  /** {@code id} as a same-page link. */
  public static String href(String id) {
    return "#" + UrlText.fragment(id);
  }
}
