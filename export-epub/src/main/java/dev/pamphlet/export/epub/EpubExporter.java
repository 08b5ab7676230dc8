package dev.pamphlet.export.epub;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.OutputSink;
import dev.pamphlet.export.epub.internal.BookWriter;
import dev.pamphlet.export.epub.internal.PreparedBook;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Writes a publication as one EPUB 3 booklet, {@value #FILE_NAME}: a title page, a table of
 * contents, one chapter per article (rendered by the HTML exporter as XHTML, with EPUB
 * footnotes and links between chapters), the figures' images, an NCX for EPUB 2 readers, and
 * accessibility metadata derived from the content. Immutable, thread-safe and deterministic:
 * no wall-clock time goes in (see {@link EpubOptions} and the package documentation for the
 * dates and the identifier).
 *
 * <p>Images are read from files relative to the article that names them (the source map's
 * {@code fileOf}); one that cannot be carried — a URL, a missing file, an unknown format — is
 * reported ({@link EpubCodes}) and its figure shows its text alternative instead.
 *
 * <pre>{@code
 * EpubExporter epub = new EpubExporter(EpubOptions.builder().largePrint(true).build());
 * try (DirectoryOutput out = new DirectoryOutput(Path.of("build"))) {
 *   epub.export(publication, sourceMap, out, ErrorPolicy.REFUSE);
 *   out.commit();
 * }
 * }</pre>
 */
public final class EpubExporter implements Exporter {
  /** The name of the file written. */
  public static final String FILE_NAME = "booklet.epub";

  private final EpubOptions options;

  /** An exporter with the {@link EpubOptions#DEFAULTS default options}. */
  public EpubExporter() {
    this(EpubOptions.DEFAULTS);
  }

  public EpubExporter(EpubOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** The options. */
  public EpubOptions options() {
    return options;
  }

  @Override
  public String format() {
    return EpubExporterProvider.FORMAT;
  }

  @Override
  public void write(ExportContext context, OutputSink sink) throws IOException {
    PreparedBook book = BookWriter.prepare(context, options.largePrint(),
        options.identifier(), options.pageMap(), System::getenv);
    try (OutputStream out = new BufferedOutputStream(sink.open(FILE_NAME), 1 << 16)) {
      book.writeTo(out);
    }
  }
}
