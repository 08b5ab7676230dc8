package dev.pamphlet.export.html.internal;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.xref.Target;
import dev.pamphlet.export.html.HtmlWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Writes one article as an {@code <article>} element: title, subtitle and summary, the body, and
 * its footnotes as endnotes linked both ways. Internal: not part of the API.
 */
public final class ArticleWriter {
  private ArticleWriter() {}

  /**
   * Writes {@code article}; {@code afterTitle} may add content (a table of contents) between
   * the title block and the body.
   */
  public static void write(Article article, ExportContext context, RenderSettings settings,
      HtmlWriter out, Consumer<HtmlWriter> afterTitle) {
    RenderScope scope = new RenderScope(out, context, settings, article);
    Metadata metadata = context.publication().effectiveMetadata(article);
    int level = settings.headingStart();

    out.start("article").attribute("id", scope.anchors.article(article.id()));
    String classes = settings.css("article")
        + (settings.largePrint() ? " " + settings.css("large-print") : "");
    out.attribute("class", classes);
    if (!metadata.language().isEmpty() && !metadata.language().equals(settings.pageLanguage())) {
      out.attribute("lang", metadata.language());
      if (out.isXhtml()) {
        out.attribute("xml:lang", metadata.language()); // XML tools read only this one
      }
    }
    if (TextDirection.rightToLeft(metadata.language())) {
      out.attribute("dir", "rtl");
    }
    out.newline();

    InlineRenderer inlines = new InlineRenderer(scope);
    String heading = scope.startHeading(level);
    out.attribute("class", settings.css("title"));
    String number = context.index().article(article.id()).map(Target::number).orElse("");
    if (!number.isEmpty()) {
      out.start("span").attribute("class", settings.css("number")).text(number).end("span")
          .text(" ");
    }
    out.text(article.title().isEmpty() ? article.id() : article.title()).end(heading).newline();
    if (!metadata.subtitle().isEmpty()) {
      out.start("p").attribute("class", settings.css("subtitle")).text(metadata.subtitle())
          .end("p").newline();
    }
    if (!article.metadata().summary().isEmpty()) {
      out.start("p").attribute("class", settings.css("summary"))
          .text(article.metadata().summary()).end("p").newline();
    }
    afterTitle.accept(out);

    new BlockRenderer(scope, inlines, level).render(article.blocks());
    writeNotes(scope, inlines, level + 1);
    writeSources(scope, article.metadata().sources(), level + 1);
    out.end("article").newline();
  }

  private static void writeNotes(RenderScope scope, InlineRenderer inlines, int level) {
    if (scope.notes.isEmpty()) {
      return;
    }
    HtmlWriter out = scope.out;
    RenderSettings settings = scope.settings;
    String articleId = scope.article.id();
    String element = RenderScope.sectionElement(level);
    out.start(element).attribute("class", settings.css("notes"))
        .attribute("role", "doc-endnotes");
    if (settings.epubTypes()) {
      out.attribute("epub:type", "endnotes");
    }
    out.newline();
    String heading = scope.startHeading(level);
    out.text("Notes").end(heading).newline();
    out.start("ol").newline();
    BlockRenderer blocks = new BlockRenderer(scope, inlines, level);
    // A note may hold notes of its own: they join the end of the list as they are met.
    for (int i = 0; i < scope.notes.size(); i++) {
      int number = i + 1;
      Note note = scope.notes.get(i);
      out.start("li").attribute("id", scope.anchors.note(articleId, number));
      if (settings.epubTypes()) {
        out.attribute("epub:type", "footnote");
      }
      out.newline();
      List<Block> content = note.blocks();
      boolean endsInParagraph = !content.isEmpty()
          && content.get(content.size() - 1) instanceof Paragraph;
      if (endsInParagraph) {
        // The back link goes inside the last paragraph, where readers finish the note.
        blocks.render(content.subList(0, content.size() - 1));
        out.start("p");
        inlines.render(((Paragraph) content.get(content.size() - 1)).content());
        out.text(" ");
        backLink(scope, number);
        out.end("p").newline();
      } else {
        blocks.render(content);
        out.start("p");
        backLink(scope, number);
        out.end("p").newline();
      }
      out.end("li").newline();
    }
    out.end("ol").newline();
    out.end(element).newline();
  }

  private static void writeSources(RenderScope scope, List<Citation> sources, int level) {
    if (sources.isEmpty()) {
      return;
    }
    HtmlWriter out = scope.out;
    String element = RenderScope.sectionElement(level);
    out.start(element).attribute("class", scope.settings.css("sources")).newline();
    String heading = scope.startHeading(level);
    out.text("Sources").end(heading).newline();
    out.start("ol").newline();
    for (Citation source : sources) {
      out.start("li").text(source.text());
      // As a link in the text: in an EPUB a relative address is left out (found by fuzzing).
      Optional<String> url = source.url().isEmpty() ? Optional.empty()
          : scope.linkUrl(source.url(), source);
      if (url.isPresent()) {
        out.text(" ").start("a").attribute("href", url.get()).text(source.url()).end("a");
      }
      out.end("li").newline();
    }
    out.end("ol").newline();
    out.end(element).newline();
  }

  private static void backLink(RenderScope scope, int number) {
    scope.out.start("a")
        .attribute("href", Anchors.href(scope.anchors.noteReference(scope.article.id(), number)))
        .attribute("class", scope.settings.css("backlink"))
        .attribute("role", "doc-backlink")
        .attribute("aria-label", "Back to reference " + number)
        .text("↩\uFE0E").end("a"); // text style: some systems draw a bare ↩ as an emoji
  }
}
