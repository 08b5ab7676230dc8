package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.export.html.ArticleRenderer;
import dev.pamphlet.export.html.HtmlWriter;

/**
 * One chapter: an article as an XHTML content document, rendered by the HTML exporter's
 * {@link ArticleRenderer} with EPUB footnote semantics. Internal: not part of the API.
 */
final class ChapterPage {
  private ChapterPage() {}

  /**
   * The chapter's XHTML. {@code renderer} was built for this booklet (links to sibling
   * chapters, EPUB note types, the booklet's language).
   */
  static String write(Article article, ExportContext context, ArticleRenderer renderer,
      String language) {
    StringBuilder text = new StringBuilder(8192);
    String title = article.title().isBlank() ? article.id() : article.title();
    HtmlWriter out = XhtmlPage.start(text, title, language, "../" + BookLayout.STYLE_SHEET,
        "bodymatter");
    renderer.render(article, context, out);
    XhtmlPage.end(out);
    return text.toString();
  }
}
