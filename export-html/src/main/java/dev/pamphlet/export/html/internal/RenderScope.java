package dev.pamphlet.export.html.internal;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.validate.UrlPolicy;
import dev.pamphlet.export.html.HtmlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What rendering one article shares between its block and inline renderers: the writer, the
 * export context, the settings, and the footnotes met so far. Internal: not part of the API.
 */
final class RenderScope {
  final HtmlWriter out;
  final ExportContext context;
  final RenderSettings settings;
  final Article article;
  final Anchors anchors;
  /** Footnotes in the order their references were written; number = position + 1. */
  final List<Note> notes = new ArrayList<>();

  RenderScope(HtmlWriter out, ExportContext context, RenderSettings settings, Article article) {
    this.out = out;
    this.context = context;
    this.settings = settings;
    this.article = article;
    this.anchors = new Anchors(settings.idPrefix(), settings.booklet(), context.index());
  }

  /** Numbers a footnote, returning its number. */
  int addNote(Note note) {
    notes.add(note);
    return notes.size();
  }


  /**
   * Starts a heading of {@code level}: {@code <h1>}…{@code <h6>}, and past 6 a
   * {@code <div role="heading" aria-level="7">} so assistive technology still hears the level.
   * Returns the element name to close it with.
   */
  String startHeading(int level) {
    if (level <= 6) {
      String name = "h" + level;
      out.start(name);
      return name;
    }
    out.start("div").attribute("class", settings.css("heading")).attribute("role", "heading")
        .attribute("aria-level", Integer.toString(level));
    return "div";
  }

  /**
   * The element of a section whose heading has {@code level}: {@code <section>} while the
   * heading is an {@code <h1>}…{@code <h6>}; past that a {@code <div>}, since a
   * {@code <section>} counts as untitled without a real heading element.
   */
  static String sectionElement(int level) {
    return level <= 6 ? "section" : "div";
  }

  /**
   * The URL of {@code url} if the allow-list lets it through and a browser could follow it;
   * else reports and gives none (the validator has reported it as an error already; this is
   * for content exported anyway or built in code).
   */
  Optional<String> safeUrl(String url, Object node) {
    Optional<String> allowed = SafeUrls.allowed(url);
    if (allowed.isEmpty()) {
      context.report(Diagnostic.warning("link.unsafe-scheme", "the link to \""
          + UrlPolicy.printable(url)
          + "\" was left out: only http, https, mailto, tel and relative links are allowed",
          context.sourceMap().positionOf(node, article.id())));
      return allowed;
    }
    Optional<String> malformation = UrlPolicy.malformation(url);
    if (malformation.isPresent()) {
      context.report(Diagnostic.warning("link.malformed-url", "the link to \""
          + UrlPolicy.printable(url)
          + "\" was left out: " + malformation.get(),
          context.sourceMap().positionOf(node, article.id())));
      return Optional.empty();
    }
    return allowed;
  }

  /**
   * The URL of a link: {@link #safeUrl}, and in an EPUB chapter (the only pages written with
   * EPUB types, which have no site around them) none for a relative link, which would name a
   * file the book does not hold (EPUBCheck RSC-007; found by fuzzing). Cross-references and
   * images are resolved by the EPUB exporter and do not come here.
   */
  Optional<String> linkUrl(String url, Object node) {
    Optional<String> allowed = safeUrl(url, node);
    if (allowed.isPresent() && settings.epubTypes() && leavesTheBook(url)) {
      context.report(Diagnostic.warning("link.outside-book", "the link to \""
          + UrlPolicy.printable(url) + "\" was left out of the EPUB: a relative link can only "
          + "lead to another article of the booklet (write it as 'article.md'); for a web page "
          + "give its full https:// address", context.sourceMap().positionOf(node, article.id())));
      return Optional.empty();
    }
    return allowed;
  }

  /** Whether {@code url} is relative and names a file rather than a place on this page. */
  private static boolean leavesTheBook(String url) {
    String trimmed = url.strip();
    return UrlPolicy.normalisedScheme(trimmed).isEmpty() && !trimmed.startsWith("#");
  }
}
