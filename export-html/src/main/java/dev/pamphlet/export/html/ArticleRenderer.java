package dev.pamphlet.export.html;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.export.html.internal.ArticleWriter;
import dev.pamphlet.export.html.internal.RenderSettings;
import java.util.Objects;
import java.util.function.Function;

/**
 * Renders one article of a publication as an {@code <article>} element — title, body, and
 * endnotes — into an {@link HtmlWriter}: the building block of the HTML pages, reused by the
 * EPUB exporter for its chapters. Immutable and thread-safe.
 *
 * <p>Whether the markup is HTML or XHTML is the writer's choice ({@link HtmlWriter#xhtml}).
 * References within the article link to {@code #id}; references to other articles go through
 * the {@link LinkResolver}. Unsafe link URLs are left out and reported through
 * {@link ExportContext#report}. A figure's image URL may be changed on the way out
 * ({@link Builder#figureSource}), for example to where an e-book carries the image.
 *
 * <pre>{@code
 * ArticleRenderer chapters = ArticleRenderer.builder()
 *     .linkResolver(target -> target.article() + ".xhtml"
 *         + (target.isArticle() ? "" : "#" + target.section()))
 *     .epubNoteTypes(true)
 *     .build();
 * StringBuilder body = new StringBuilder();
 * chapters.render(article, context, HtmlWriter.xhtml(body));
 * }</pre>
 */
public final class ArticleRenderer {
  private final RenderSettings settings;

  private ArticleRenderer(RenderSettings settings) {
    this.settings = settings;
  }

  /** A builder starting from the {@link HtmlOptions#DEFAULTS defaults}. */
  public static Builder builder() {
    return new Builder().options(HtmlOptions.DEFAULTS);
  }

  /**
   * Writes {@code article}, one of {@code context}'s publication, to {@code out}. Its title is a
   * heading of the configured level, its sections go one level deeper each.
   */
  public void render(Article article, ExportContext context, HtmlWriter out) {
    ArticleWriter.write(article, context, settings, out, writer -> { });
  }

  /** Builds an {@link ArticleRenderer}. Not thread-safe. */
  public static final class Builder {
    private HtmlOptions options;
    private LinkResolver linkResolver;
    private boolean epubNoteTypes;
    private String language = "";
    private Function<Figure, String> figureSource = Figure::source;

    private Builder() {}

    /**
     * Takes heading start, id and class prefixes, link resolver, new-tab and large-print from
     * {@code options} (the mode does not apply to one article).
     */
    public Builder options(HtmlOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      this.linkResolver = options.linkResolver();
      return this;
    }

    /** Sets the URL of references to other articles. */
    public Builder linkResolver(LinkResolver linkResolver) {
      this.linkResolver = Objects.requireNonNull(linkResolver, "linkResolver");
      return this;
    }

    /**
     * Whether footnotes carry EPUB semantics: {@code epub:type="noteref"} on references,
     * {@code "footnote"} on notes, {@code "endnotes"} on their section. Needs an XHTML writer
     * and the {@code epub} namespace declared on the page. Default false.
     */
    public Builder epubNoteTypes(boolean epubNoteTypes) {
      this.epubNoteTypes = epubNoteTypes;
      return this;
    }

    /**
     * The language of the page the article goes into: the article gets its own {@code lang}
     * only when its language differs. Default {@code ""}: always write it.
     */
    public Builder pageLanguage(String language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * The image URL each figure shows, in place of its own {@link Figure#source()}; {@code ""}
     * shows the figure's text alternative instead of an image. The URL is still checked like
     * any other (unsafe ones are left out and reported). Called once per figure rendered, with
     * the figure of the article given to {@link #render} (the same instance). Default: the
     * figure's own source.
     */
    public Builder figureSource(Function<Figure, String> figureSource) {
      this.figureSource = Objects.requireNonNull(figureSource, "figureSource");
      return this;
    }

    public ArticleRenderer build() {
      return new ArticleRenderer(new RenderSettings(options.headingStart(), options.idPrefix(),
          options.classPrefix(), linkResolver, options.externalLinksNewTab(), epubNoteTypes,
          false, language, options.largePrint(), figureSource));
    }
  }
}
