package dev.pamphlet.export.html;

import dev.pamphlet.export.html.internal.UrlText;

/**
 * Percent-encoding of the parts of the links the HTML exporter writes, for code that links to
 * its pages (a {@link LinkResolver}, the EPUB exporter's chapters): non-ASCII letters, digits
 * and marks are kept as they are, everything but unreserved ASCII is encoded.
 *
 * <pre>{@code
 * String href = UrlParts.pathSegment(articleId) + ".xhtml#" + UrlParts.fragment(sectionId);
 * }</pre>
 */
public final class UrlParts {
  private UrlParts() {}

  /** {@code text} as one path segment of a URL. */
  public static String pathSegment(String text) {
    return UrlText.pathSegment(text);
  }

  /** An element id as a URL fragment (without the {@code #}). */
  public static String fragment(String id) {
    return UrlText.fragment(id);
  }
}
