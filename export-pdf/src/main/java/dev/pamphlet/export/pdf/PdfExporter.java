package dev.pamphlet.export.pdf;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.OutputSink;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.pdf.layout.DocumentLayout;
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
 * out with its own engine and draws them with PDFBox. Immutable, thread-safe and deterministic:
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

  public PdfExporter(PdfOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.fonts = new FontSet(options.fonts());
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
    LayoutReporter reporter = (code, message, node, articleId) -> {
      SourcePosition position = node == null
          ? SourcePosition.of(context.sourceMap().fileOf(articleId))
          : context.sourceMap().positionOf(node, articleId);
      context.report(Diagnostic.warning(code, message, position));
    };
    ImageStore images = new ImageStore(articleId -> folderOf(context, articleId), reporter);
    DocumentLayout layout = new DocumentLayout(settings, fonts, reporter, images);
    PdfRenderer renderer = new PdfRenderer(settings, fonts, images);
    // Each file is written as soon as it is rendered, so memory holds one document at a time;
    // the sink makes the set atomic (DirectoryOutput moves files into place only on commit).
    if (options.products().handouts()) {
      Set<String> written = new HashSet<>();
      for (Article article : publication.articles()) {
        if (!written.add(article.id())) {
          continue; // a repeated id (the validator reports it): the first article wins
        }
        LaidOutDocument handout = layout.handout(publication, context.index(), article);
        write(sink, "handouts/" + article.id() + ".pdf", renderer.render(handout,
            info(publication.effectiveMetadata(article), article.id())));
      }
    }
    if (options.products().booklet()) {
      LaidOutDocument booklet = layout.booklet(publication, context.index());
      write(sink, "booklet.pdf", renderer.render(booklet, info(publication.metadata(),
          "Booklet")));
    }
  }

  private static void write(OutputSink sink, String path, byte[] pdf) throws IOException {
    try (OutputStream out = sink.open(path)) {
      out.write(pdf);
    }
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
