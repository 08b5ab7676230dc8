package dev.pamphlet.export.epub;

import static dev.pamphlet.export.epub.EpubFiles.EPUB;
import static dev.pamphlet.export.epub.EpubFiles.XHTML;
import static dev.pamphlet.export.epub.EpubFiles.elements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.xref.Index;
import dev.pamphlet.export.pdf.BookletPages;
import dev.pamphlet.export.pdf.PdfExporter;
import dev.pamphlet.export.pdf.PdfOptions;
import dev.pamphlet.export.pdf.Products;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The example booklet's EPUB, given the pages of the PDF booklet written from the same
 * publication: its page list names exactly the printed pages on which articles and sections
 * start, in the chapters where they start, and EPUBCheck still finds nothing.
 */
class PrintedBookletPagesTest {
  private static BookletPages printed;
  private static Books.Exported exported;

  @BeforeAll
  static void writeBothBooklets() throws Exception {
    TestBooklets.Source source = TestBooklets.exampleBooklet();
    ExportContext context = new ExportContext(source.publication(),
        Index.of(source.publication()), source.sourceMap());
    PdfExporter pdf = new PdfExporter(PdfOptions.builder().products(Products.BOOKLET).build());
    pdf.write(context, new InMemoryOutput());
    printed = pdf.bookletPages(context);
    exported = Books.export(source.publication(), source.sourceMap(),
        EpubOptions.builder().pageMap(printed.labels()).build());
  }

  @Test
  void thePageListHoldsThePagesWhereArticlesAndSectionsStartInThePdf() throws Exception {
    // A marker goes where a new printed page starts: the first target on each page.
    Map<String, String> expected = new LinkedHashMap<>();
    printed.pages().forEach((target, page) -> expected.putIfAbsent(Integer.toString(page),
        "chapters/" + target.split("#", 2)[0] + ".xhtml"));
    Element pageList = elements(EpubFiles.open(exported.epub()).xml("EPUB/nav.xhtml"), XHTML,
        "nav").stream().filter(nav -> nav.getAttributeNS(EPUB, "type").equals("page-list"))
        .findFirst().orElseThrow();
    List<String> entries = new ArrayList<>();
    for (Element a : elements(pageList, XHTML, "a")) {
      entries.add(a.getTextContent() + " " + a.getAttribute("href").split("#", 2)[0]);
    }
    assertThat(entries).isNotEmpty().containsExactlyElementsOf(expected.entrySet().stream()
        .map(entry -> entry.getKey() + " " + entry.getValue()).toList());
    assertThat(exported.diagnostics()).isEmpty();
  }

  @Test
  void epubCheckFindsNothing() throws Exception {
    assertThat(EpubCheckRun.problems(exported.epub())).isEmpty();
  }
}
