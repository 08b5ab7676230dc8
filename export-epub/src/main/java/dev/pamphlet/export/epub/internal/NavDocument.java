package dev.pamphlet.export.epub.internal;

import dev.pamphlet.export.html.HtmlWriter;
import java.util.List;
import java.util.Map;

/**
 * The EPUB navigation document {@code nav.xhtml}: the table of contents (articles with their
 * sections nested, as deep as they go), the landmarks (title page, contents, start of the
 * text) and, when print page numbers are given, the page list. It is also a page of the book, right after the title page, so readers who page
 * through see the contents too. Internal: not part of the API.
 */
final class NavDocument {
  private NavDocument() {}

  /**
   * The navigation document's XHTML.
   *
   * @param pageList printed page labels with their links, in reading order (may be empty)
   */
  static String write(BookFacts book, List<TocEntry> contents,
      List<Map.Entry<String, String>> pageList) {
    StringBuilder text = new StringBuilder(4096);
    HtmlWriter out = XhtmlPage.start(text, "Contents", book.language(), BookLayout.STYLE_SHEET,
        "frontmatter");
    out.start("nav").attribute("epub:type", "toc").attribute("id", "toc")
        .attribute("role", "doc-toc").attribute("aria-labelledby", "toc-title").newline();
    out.start("h1").attribute("id", "toc-title").text("Contents").end("h1").newline();
    entries(out, contents);
    out.end("nav").newline();

    out.start("nav").attribute("epub:type", "landmarks").attribute("id", "landmarks")
        .attribute("aria-labelledby", "landmarks-title").booleanAttribute("hidden").newline();
    out.start("h2").attribute("id", "landmarks-title").text("Landmarks").end("h2").newline();
    out.start("ol").newline();
    landmark(out, "titlepage", BookLayout.TITLE_PAGE, "Title page");
    landmark(out, "toc", "#toc", "Contents");
    if (!contents.isEmpty()) {
      landmark(out, "bodymatter", contents.get(0).file(), "Start of the text");
    }
    out.end("ol").newline();
    out.end("nav").newline();
    if (!pageList.isEmpty()) {
      out.start("nav").attribute("epub:type", "page-list").attribute("id", "page-list")
          .attribute("role", "doc-pagelist").attribute("aria-labelledby", "page-list-title")
          .booleanAttribute("hidden").newline();
      out.start("h2").attribute("id", "page-list-title").text("Pages").end("h2").newline();
      out.start("ol").newline();
      for (Map.Entry<String, String> page : pageList) {
        out.start("li").start("a").attribute("href", page.getValue()).text(page.getKey())
            .end("a").end("li").newline();
      }
      out.end("ol").newline();
      out.end("nav").newline();
    }
    XhtmlPage.end(out);
    return text.toString();
  }

  private static void entries(HtmlWriter out, List<TocEntry> entries) {
    out.start("ol").newline();
    for (TocEntry entry : entries) {
      out.start("li").start("a").attribute("href", entry.href()).text(entry.label()).end("a");
      if (!entry.children().isEmpty()) {
        out.newline();
        entries(out, entry.children());
      }
      out.end("li").newline();
    }
    out.end("ol").newline();
  }

  private static void landmark(HtmlWriter out, String type, String href, String label) {
    out.start("li").start("a").attribute("epub:type", type).attribute("href", href)
        .text(label).end("a").end("li").newline();
  }
}
