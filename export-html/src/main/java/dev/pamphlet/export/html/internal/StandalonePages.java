package dev.pamphlet.export.html.internal;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Organization;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.xref.Target;
import dev.pamphlet.export.html.HtmlWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Complete HTML5 documents: one article per page, or the whole booklet on one page, each with
 * a table of contents and the built-in style sheet. Internal: not part of the API.
 */
public final class StandalonePages {
  private static final String DEFAULT_LANGUAGE = "en";

  private StandalonePages() {}

  /** The page of one article. */
  public static String articlePage(Article article, ExportContext context,
      RenderSettings settings) {
    Metadata metadata = context.publication().effectiveMetadata(article);
    String language = languageOf(metadata);
    StringBuilder text = new StringBuilder();
    HtmlWriter out = HtmlWriter.html(text);
    head(out, language, article.title().isEmpty() ? article.id() : article.title(), settings);
    out.start("main").newline();
    RenderSettings onPage = settings.onPage(1, false, language);
    Anchors anchors = new Anchors(settings.idPrefix(), false, context.index());
    List<Target> sections = context.index().sections(article.id());
    ArticleWriter.write(article, context, onPage, out, writer -> {
      if (!sections.isEmpty()) {
        toc(writer, settings, anchors, sections, 1);
      }
    });
    out.end("main").newline();
    footer(out, settings, metadata);
    return finish(out, text);
  }

  /** The page of the whole booklet: its title, a table of contents, then every article. */
  public static String bookletPage(ExportContext context, RenderSettings settings) {
    Publication publication = context.publication();
    Metadata metadata = publication.metadata();
    String language = languageOf(metadata);
    String title = bookletTitle(publication);
    StringBuilder text = new StringBuilder();
    HtmlWriter out = HtmlWriter.html(text);
    head(out, language, title, settings);
    out.start("header").attribute("class", settings.css("booklet-header")).newline();
    out.start("h1").text(title).end("h1").newline();
    if (!metadata.subtitle().isEmpty()) {
      out.start("p").attribute("class", settings.css("subtitle")).text(metadata.subtitle())
          .end("p").newline();
    }
    out.end("header").newline();
    Anchors anchors = new Anchors(settings.idPrefix(), true, context.index());
    List<Target> entries = context.index().targets().stream()
        .filter(t -> t.level() <= 1).toList();
    if (!entries.isEmpty()) {
      toc(out, settings, anchors, entries, 0);
    }
    out.start("main").newline();
    RenderSettings onPage = settings.onPage(2, true, language);
    for (Article article : publication.articles()) {
      ArticleWriter.write(article, context, onPage, out, writer -> { });
    }
    out.end("main").newline();
    footer(out, settings, metadata);
    return finish(out, text);
  }

  private static String bookletTitle(Publication publication) {
    if (!publication.metadata().title().isEmpty()) {
      return publication.metadata().title();
    }
    return publication.articles().isEmpty() ? "Contents"
        : publication.articles().get(0).title().isEmpty() ? publication.articles().get(0).id()
        : publication.articles().get(0).title();
  }

  private static String languageOf(Metadata metadata) {
    return metadata.language().isEmpty() ? DEFAULT_LANGUAGE : metadata.language();
  }

  private static void head(HtmlWriter out, String language, String title,
      RenderSettings settings) {
    out.doctype();
    out.start("html").attribute("lang", language);
    if (TextDirection.rightToLeft(language)) {
      out.attribute("dir", "rtl");
    }
    out.newline();
    out.start("head").newline();
    out.empty("meta").attribute("charset", "utf-8").newline();
    out.empty("meta").attribute("name", "viewport")
        .attribute("content", "width=device-width, initial-scale=1").newline();
    out.empty("meta").attribute("name", "generator").attribute("content", "Pamphlet").newline();
    out.start("title").text(title).end("title").newline();
    out.start("style").styleSheet(StyleSheet.css(settings.classPrefix(), settings.largePrint()))
        .end("style").newline();
    out.end("head").newline();
    out.start("body");
    if (settings.largePrint()) {
      out.attribute("class", settings.css("large-print"));
    }
    out.newline();
  }

  /**
   * A table of contents as nested lists. Entries come in document order; an entry one level
   * deeper than the one before opens a sub-list (levels never skip: they are depths).
   */
  private static void toc(HtmlWriter out, RenderSettings settings, Anchors anchors,
      List<Target> entries, int topLevel) {
    out.start("nav").attribute("class", settings.css("toc")).attribute("aria-label", "Contents")
        .newline();
    out.start("p").attribute("class", settings.css("toc-title")).text("Contents").end("p")
        .newline();
    out.start("ol");
    int level = topLevel;
    boolean itemOpen = false;
    for (Target entry : entries) {
      while (level < entry.level()) {
        out.start("ol");
        level++;
        itemOpen = false;
      }
      while (level > entry.level()) {
        if (itemOpen) {
          out.end("li");
        }
        out.end("ol");
        level--;
        itemOpen = true;
      }
      if (itemOpen) {
        out.end("li");
      }
      out.newline().start("li").start("a").attribute("href", Anchors.href(anchors.of(entry)))
          .text(entry.numberedTitle().isEmpty() ? entry.key() : entry.numberedTitle()).end("a");
      itemOpen = true;
    }
    while (level > topLevel) {
      if (itemOpen) {
        out.end("li");
      }
      out.end("ol");
      level--;
      itemOpen = true;
    }
    if (itemOpen) {
      out.end("li");
    }
    out.newline().end("ol").newline();
    out.end("nav").newline();
  }

  private static void footer(HtmlWriter out, RenderSettings settings, Metadata metadata) {
    Organization organization = metadata.organization();
    Optional<LocalDate> reviewed = metadata.reviewed();
    Optional<LocalDate> nextReview = metadata.nextReview();
    if (!organization.isPresent() && reviewed.isEmpty() && nextReview.isEmpty()) {
      return;
    }
    out.start("footer").attribute("class", settings.css("footer")).newline();
    if (organization.isPresent()) {
      out.start("p").text(organization.name());
      if (!organization.contact().isEmpty()) {
        out.empty("br").text(organization.contact());
      }
      out.end("p").newline();
    }
    reviewed.ifPresent(date -> datedLine(out, "Last reviewed: ", date));
    nextReview.ifPresent(date -> datedLine(out, "Next review due: ", date));
    out.end("footer").newline();
  }

  private static void datedLine(HtmlWriter out, String label, LocalDate date) {
    out.start("p").text(label).start("time").attribute("datetime", date.toString())
        .text(date.toString()).end("time").end("p").newline();
  }

  private static String finish(HtmlWriter out, StringBuilder text) {
    out.end("body").newline().end("html").newline();
    if (out.depth() != 0) {
      throw new IllegalStateException("unclosed elements at the end of a page");
    }
    return text.toString();
  }
}
