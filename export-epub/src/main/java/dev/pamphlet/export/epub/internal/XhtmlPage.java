package dev.pamphlet.export.epub.internal;

import dev.pamphlet.export.html.HtmlWriter;
import java.util.Locale;
import java.util.Set;

/**
 * The frame every content document of the booklet shares: XML declaration, {@code <html>} with
 * the XHTML and EPUB namespaces and the language, a {@code <head>} with the title and the
 * style sheet, and a {@code <body>} carrying an {@code epub:type}. Internal: not part of the
 * API.
 */
final class XhtmlPage {
  static final String EPUB_NAMESPACE = "http://www.idpf.org/2007/ops";

  private static final Set<String> RTL_LANGUAGES = Set.of("ar", "he", "iw",
      "fa", "ur", "yi", "ps", "sd", "ug", "ckb", "dv", "syr");
  private static final Set<String> RTL_SCRIPTS = Set.of("arab", "hebr",
      "thaa", "syrc", "nkoo", "adlm", "rohg");

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
        .attribute("lang", language).attribute("xml:lang", language);
    if (isRightToLeft(language)) {
      out.attribute("dir", "rtl");
    }
    out.newline();
    out.start("head").newline();
    out.empty("meta").attribute("charset", "UTF-8").newline();
    out.start("title").text(title).end("title").newline();
    out.empty("link").attribute("rel", "stylesheet").attribute("type", "text/css")
        .attribute("href", styleSheet).newline();
    out.end("head").newline();
    out.start("body").attribute("epub:type", bodyType).newline();
    return out;
  }

  /**
   * Whether text in {@code language} (a BCP 47 tag) runs right to left: Arabic, Hebrew,
   * Persian, Urdu and the other languages written in those scripts, or an explicit RTL script
   * subtag ({@code az-Arab}).
   */
  static boolean isRightToLeft(String language) {
    // Limit -1: a malformed tag such as "--" (found by fuzzing) gives empty subtags, not none.
    String[] subtags = language.toLowerCase(Locale.ROOT).split("-", -1);
    if (RTL_LANGUAGES.contains(subtags[0])) {
      return subtags.length < 2 || !subtags[1].equals("latn");
    }
    return subtags.length > 1 && RTL_SCRIPTS.contains(subtags[1]);
  }

  /** Closes {@code <body>} and {@code <html>}. */
  static void end(HtmlWriter out) {
    out.end("body").newline();
    out.end("html").newline();
  }
}
