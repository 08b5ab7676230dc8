package dev.pamphlet.cli;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.xref.Index;
import dev.pamphlet.export.pdf.BookletPages;
import dev.pamphlet.export.pdf.PdfExporter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Gives the EPUB the printed page numbers of the PDF booklet built beside it, so the e-book's
 * page list and page-break markers match the paper booklet. Applies only when both formats are
 * being built, the PDF exporter makes the booklet, and the user did not give
 * {@code --option epub.page-map} (which wins).
 */
final class PrintPages {
  static final String EPUB = "epub";
  static final String PDF = "pdf";
  static final String OPTION = "page-map";

  private PrintPages() {}

  /**
   * The formats in the order to build them: the EPUB after the PDF, so the booklet's pages
   * come from the layout the PDF export already made instead of a second one.
   */
  static List<String> order(List<String> formats) {
    List<String> ordered = new ArrayList<>(formats);
    if (ordered.contains(PDF) && ordered.indexOf(EPUB) >= 0
        && ordered.indexOf(EPUB) < ordered.indexOf(PDF)) {
      ordered.remove(EPUB);
      ordered.add(ordered.indexOf(PDF) + 1, EPUB);
    }
    return ordered;
  }

  /** The exporter to run for {@code format}: the planned one, or the EPUB with page numbers. */
  static Exporter exporter(ExportPlan plan, String format, ReadResult<Publication> read) {
    Exporter planned = plan.exporter(format);
    if (!format.equals(EPUB) || plan.options(EPUB).containsKey(OPTION)
        || !(plan.exporter(PDF) instanceof PdfExporter pdf)
        || !pdf.options().products().booklet()) {
      return planned;
    }
    // The same publication and source map objects the PDF export gets: when the PDF has
    // already been written, its exporter hands back the pages without another layout.
    BookletPages pages = pdf.bookletPages(new ExportContext(read.value(),
        Index.of(read.value()), read.sourceMap()));
    return pages.pages().isEmpty()
        ? planned
        : plan.exporter(EPUB, Map.of(OPTION, pages.asOption()));
  }
}
