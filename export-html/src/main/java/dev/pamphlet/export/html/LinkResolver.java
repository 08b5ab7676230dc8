package dev.pamphlet.export.html;

import dev.pamphlet.core.xref.Target;
import dev.pamphlet.export.html.internal.UrlText;

/**
 * Decides the URL of a cross-reference to another article: where that article's HTML lives on
 * the host site. References within one article always link to {@code #id} and never ask.
 *
 * <p>The URL returned still passes the exporter's URL allow-list.
 *
 * <pre>{@code
 * LinkResolver cms = target -> "/patients/" + target.article()
 *     + (target.isArticle() ? "" : "#" + target.section());
 * }</pre>
 */
@FunctionalInterface
public interface LinkResolver {
  /** The URL of {@code target}, an article or a section of an article other than this one. */
  String url(Target target);

  /**
   * The default: pages side by side in one folder, {@code other-article.html#section}, where the
   * section's element id carries {@code idPrefix} as the exporter writes it.
   */
  static LinkResolver siblingPages(String idPrefix) {
    return target -> UrlText.pathSegment(target.article()) + ".html"
        + (target.isArticle() ? "" : "#" + UrlText.fragment(idPrefix + target.section()));
  }
}
