package dev.pamphlet.export.epub.internal;

import dev.pamphlet.export.html.HtmlWriter;

/**
 * The frame every content document of the booklet shares: XML declaration, {@code <html>} with
 * the XHTML and EPUB namespaces and the language, a {@code <head>} with the title and the
 * style sheet, and a {@code <body>} carrying an {@code epub:type}. Internal: not part of the
 * API.
 */
final class XhtmlPage {
  static final String EPUB_NAMESPACE = "http://www.idpf.org/2007/ops";

  private XhtmlPage() {}

  /**
   * Writes everything up to and including the {@code <body>} start tag.
   *
   * @param styleSheet the style sheet's URL from this page
   * @param bodyType the body's {@code epub:type} ({@code frontmatter}, {@code bodymatter})
   */
  static HtmlWriter start(StringBuilder text, String title, String language, String styleSheet,
      String bodyType) {
    HtmlWriter out = HtmlWriter.xhtml(text);
    out.doctype();
    out.start("html").attribute("xmlns:epub", EPUB_NAMESPACE)
        .attribute("lang", language).attribute("xml:lang", language).newline();
    out.start("head").newline();
    out.empty("meta").attribute("charset", "UTF-8").newline();
    out.start("title").text(title).end("title").newline();
    out.empty("link").attribute("rel", "stylesheet").attribute("type", "text/css")
        .attribute("href", styleSheet).newline();
    out.end("head").newline();
    out.start("body").attribute("epub:type", bodyType).newline();
    return out;
  }

  /** Closes {@code <body>} and {@code <html>}. */
  static void end(HtmlWriter out) {
    out.end("body").newline();
    out.end("html").newline();
  }
}
