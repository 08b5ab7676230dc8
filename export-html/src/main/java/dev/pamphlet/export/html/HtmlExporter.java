package dev.pamphlet.export.html;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.OutputSink;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.html.internal.ArticleWriter;
import dev.pamphlet.export.html.internal.RenderSettings;
import dev.pamphlet.export.html.internal.StandalonePages;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Writes a publication as HTML: fragments for a host page, standalone pages for preview, or
 * both (the default). Immutable, thread-safe and deterministic.
 *
 * <p>The files, all UTF-8:
 * <ul>
 *   <li>{@code <article-id>.fragment.html} — one {@code <article>} element per article, with no
 *       {@code <html>}, {@code <head>} or style: the host page owns those;
 *   <li>{@code <article-id>.html} — a complete HTML5 page per article, with a table of contents
 *       and the built-in style sheet;
 *   <li>{@code index.html} — the whole booklet on one page, with its table of contents (named
 *       {@code booklet.html} instead if an article's id is {@code index}).
 * </ul>
 *
 * <p>All text and attributes are escaped; link URLs pass an allow-list (http, https, mailto,
 * tel, relative), and any other is left out and reported as {@code link.unsafe-scheme}.
 *
 * <pre>{@code
 * HtmlExporter html = new HtmlExporter(HtmlOptions.builder().mode(HtmlMode.FRAGMENT).build());
 * InMemoryOutput out = new InMemoryOutput();
 * html.export(publication, out);
 * byte[] fragment = out.file("side-effects.fragment.html");
 * }</pre>
 */
public final class HtmlExporter implements Exporter {
  /** The suffix of fragment files. */
  public static final String FRAGMENT_SUFFIX = ".fragment.html";

  private final HtmlOptions options;

  /** An exporter with the {@link HtmlOptions#DEFAULTS default options}. */
  public HtmlExporter() {
    this(HtmlOptions.DEFAULTS);
  }

  public HtmlExporter(HtmlOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The options. */
  public HtmlOptions options() {
    return options;
  }

  @Override
  public String format() {
    return HtmlExporterProvider.FORMAT;
  }

  @Override
  public void write(ExportContext context, OutputSink sink) throws IOException {
    Publication publication = context.publication();
    RenderSettings settings = new RenderSettings(options.headingStart(), options.idPrefix(),
        options.classPrefix(), options.linkResolver(), options.externalLinksNewTab(), false,
        false, "", options.largePrint(), Figure::source);
    for (Article article : publication.articles()) {
      if (options.mode().fragments()) {
        write(sink, article.id() + FRAGMENT_SUFFIX, fragment(article, context, settings));
      }
      if (options.mode().standalone()) {
        write(sink, article.id() + ".html",
            StandalonePages.articlePage(article, context, settings));
      }
    }
    if (options.mode().standalone()) {
      write(sink, bookletFileName(publication), StandalonePages.bookletPage(context, settings));
    }
  }

  /**
   * The booklet page's file name: {@code index.html}, unless an article already has that
   * name.
   */
  public static String bookletFileName(Publication publication) {
    Set<String> ids = publication.articles().stream().map(Article::id)
        .collect(Collectors.toSet());
    if (!ids.contains("index")) {
      return "index.html";
    }
    String name = "booklet";
    for (int n = 2; ids.contains(name); n++) {
      name = "booklet-" + n;
    }
    return name + ".html";
  }

  private static String fragment(Article article, ExportContext context,
      RenderSettings settings) {
    StringBuilder text = new StringBuilder();
    HtmlWriter out = HtmlWriter.html(text);
    ArticleWriter.write(article, context, settings, out, writer -> { });
    if (out.depth() != 0) {
      throw new IllegalStateException("unclosed elements at the end of " + article.id());
    }
    return text.toString();
  }

  private static void write(OutputSink sink, String path, String html) throws IOException {
    try (OutputStream out = sink.open(path)) {
      out.write(html.getBytes(StandardCharsets.UTF_8));
    }
  }
}
