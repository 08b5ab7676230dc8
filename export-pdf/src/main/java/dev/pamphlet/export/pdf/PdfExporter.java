package dev.pamphlet.export.pdf;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.OutputSink;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.pdf.layout.DocumentLayout;
import dev.pamphlet.export.pdf.layout.Face;
import dev.pamphlet.export.pdf.layout.LaidOutDocument;
import dev.pamphlet.export.pdf.layout.LayoutReporter;
import dev.pamphlet.export.pdf.layout.LayoutSettings;
import dev.pamphlet.export.pdf.render.DocumentInfo;
import dev.pamphlet.export.pdf.render.FontSet;
import dev.pamphlet.export.pdf.render.ImageStore;
import dev.pamphlet.export.pdf.render.PdfRenderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Writes accessible PDFs: a handout per article ({@code handouts/<article-id>.pdf}) and a booklet
 * of the whole publication ({@code booklet.pdf}), tagged for PDF/UA-1 and PDF/A-2u. Lays pages
 * out with its own engine and draws them with PDFBox. Thread-safe and deterministic:
 * dates come from the reviewed date or {@code SOURCE_DATE_EPOCH}, never the clock.
 *
 * <pre>{@code
 * Exporter pdf = new PdfExporter(PdfOptions.builder().pageSize(PageSize.LETTER).build());
 * pdf.export(publication, new DirectoryOutput(Path.of("out")));
 * }</pre>
 */
public final class PdfExporter implements Exporter {
  private final PdfOptions options;
  private final FontSet fonts;
  /** The booklet pages last laid out, and of what (see bookletPages). */
  private Publication lastPublication;
  private SourceMap lastSourceMap;
  private BookletPages lastPages;

  public PdfExporter(PdfOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.fonts = new FontSet(options.fonts());
    // The faces every page sets are parsed now, while a caller may still be reading its
    // sources; the others wait until a document uses them.
    fonts.families().get(0).face(Face.REGULAR);
    fonts.families().get(0).face(Face.BOLD);
  }

  /** An exporter with the default options. */
  public PdfExporter() {
    this(PdfOptions.DEFAULTS);
  }

  public PdfOptions options() {
    return options;
  }

  @Override
  public String format() {
    return "pdf";
  }

  @Override
  public void write(ExportContext context, OutputSink sink) throws IOException {
    Publication publication = context.publication();
    LayoutSettings settings = options.layoutSettings();
    ImageStore images = images(context);
    DocumentLayout layout = new DocumentLayout(settings, fonts, reporter(context), images);
    PdfRenderer renderer = new PdfRenderer(settings, fonts, images);
    // Each file is written as soon as it is rendered, so memory holds one document at a time;
    // the sink makes the set atomic (DirectoryOutput moves files into place only on commit).
    if (options.products().handouts()) {
      Set<String> written = new HashSet<>();
      for (Article article : publication.articles()) {
        if (!written.add(article.id())) {
          continue; // a repeated id (the validator reports it): the first article wins
        }
        try (OutputStream out = sink.open("handouts/" + article.id() + ".pdf")) {
          renderer.render(() -> layout.handout(publication, context.index(), article),
              info(publication.effectiveMetadata(article), article.id()), out);
        }
      }
    }
    if (options.products().booklet()) {
      try (OutputStream out = sink.open("booklet.pdf")) {
        // Only the renderer holds the booklet's layout, so it can let pages go once drawn.
        renderer.render(() -> {
          LaidOutDocument booklet = layout.booklet(publication, context.index());
          remember(context, BookletPages.of(context.index(), booklet.pageMap()));
          return booklet;
        }, info(publication.metadata(), "Booklet"), out);
      }
    }
  }

  /**
   * The page of the booklet PDF on which each article and section of {@code context}'s
   * publication starts, from the very layout {@link #write} draws (the same options, fonts and
   * images). After this exporter has written the booklet of the same publication and source
   * map (the same objects), the pages it found are returned without laying the booklet out
   * again. Layout notes (such as a missing
   * image) are reported to {@code context} only when a layout runs here.
   */
  public BookletPages bookletPages(ExportContext context) {
    synchronized (this) {
      if (lastPages != null && lastPublication == context.publication()
          && lastSourceMap == context.sourceMap()) {
        return lastPages;
      }
    }
    DocumentLayout layout = new DocumentLayout(options.layoutSettings(), fonts,
        reporter(context), images(context));
    BookletPages pages = BookletPages.of(context.index(),
        layout.booklet(context.publication(), context.index()).pageMap());
    remember(context, pages);
    return pages;
  }

  private synchronized void remember(ExportContext context, BookletPages pages) {
    lastPublication = context.publication();
    lastSourceMap = context.sourceMap();
    lastPages = pages;
  }

  private static LayoutReporter reporter(ExportContext context) {
    return (code, message, node, articleId) -> {
      SourcePosition position = node == null
          ? SourcePosition.of(context.sourceMap().fileOf(articleId))
          : context.sourceMap().positionOf(node, articleId);
      context.report(Diagnostic.warning(code, message, position));
    };
  }

  private static ImageStore images(ExportContext context) {
    return new ImageStore(articleId -> folderOf(context, articleId), reporter(context));
  }

  private static Optional<Path> folderOf(ExportContext context, String articleId) {
    String file = context.sourceMap().fileOf(articleId);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    return Optional.ofNullable(Path.of(file).toAbsolutePath().getParent());
  }

  private static DocumentInfo info(Metadata meta, String fallbackTitle) {
    String language = meta.language().isBlank() ? "en" : meta.language();
    return new DocumentInfo(meta.title().isBlank() ? fallbackTitle : meta.title(),
        meta.authors(), meta.summary(), meta.keywords(), language,
        DocumentDate.of(meta, System::getenv));
  }


}
