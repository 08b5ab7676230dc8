package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.export.html.HtmlWriter;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The generated title page: the cover image (when there is one), title, subtitle, authors,
 * the organization with its contact line, and when the content was last reviewed. Internal:
 * not part of the API.
 */
final class TitlePage {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM uuuu",
      Locale.ENGLISH);

  private TitlePage() {}

  /**
   * The title page's XHTML.
   *
   * @param book what the booklet says about itself
   * @param cover the cover image, if packaged
   * @param coverAlt the cover's text alternative
   */
  static String write(BookFacts book, Optional<PackagedImage> cover, String coverAlt) {
    Metadata metadata = book.metadata();
    StringBuilder text = new StringBuilder(2048);
    HtmlWriter out = XhtmlPage.start(text, book.title(), book.language(),
        BookLayout.STYLE_SHEET, "frontmatter");
    out.start("section").attribute("class", "title-page").attribute("epub:type", "titlepage")
        .attribute("aria-labelledby", "booklet-title").newline();
    if (cover.isPresent()) {
      out.start("div").attribute("class", "cover").newline();
      out.empty("img").attribute("src", cover.get().href()).attribute("alt", coverAlt)
          .newline();
      out.end("div").newline();
    }
    out.start("h1").attribute("id", "booklet-title").attribute("class", "title")
        .text(book.title()).end("h1").newline();
    if (!metadata.subtitle().isBlank()) {
      out.start("p").attribute("class", "subtitle").text(metadata.subtitle()).end("p")
          .newline();
    }
    List<String> authors = book.creators();
    if (!authors.isEmpty()) {
      out.start("p").attribute("class", "authors").text(String.join(", ", authors)).end("p")
          .newline();
    }
    if (metadata.organization().isPresent()) {
      out.start("p").attribute("class", "organization")
          .text(metadata.organization().name()).end("p").newline();
      if (!metadata.organization().contact().isBlank()) {
        out.start("p").attribute("class", "contact")
            .text(metadata.organization().contact()).end("p").newline();
      }
    }
    Optional<LocalDate> reviewed = book.reviewed();
    if (reviewed.isPresent()) {
      out.start("p").attribute("class", "reviewed").text("Reviewed ")
          .start("time").attribute("datetime", reviewed.get().toString())
          .text(DATE.format(reviewed.get())).end("time").end("p").newline();
    }
    if (!metadata.summary().isBlank()) {
      out.start("p").attribute("class", "summary").text(metadata.summary()).end("p").newline();
    }
    out.end("section").newline();
    XhtmlPage.end(out);
    return text.toString();
  }
}
