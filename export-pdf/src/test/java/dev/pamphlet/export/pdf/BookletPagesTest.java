package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.load.SourceLoader;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Samples;
import dev.pamphlet.core.xref.Index;
import dev.pamphlet.core.xref.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link PdfExporter#bookletPages} gives the pages the booklet PDF really has: read back from
 * the written file's bookmarks, whose destinations are where the headings were drawn.
 */
class BookletPagesTest {
  private static ExportContext context;
  private static byte[] booklet;

  @BeforeAll
  static void writeTheExampleBooklet() throws Exception {
    ReadResult<Publication> read = SourceLoader.create().load(List.of(Samples.examplesDir()));
    context = new ExportContext(read.value(), Index.of(read.value()), read.sourceMap());
    InMemoryOutput out = new InMemoryOutput();
    new PdfExporter(PdfOptions.builder().products(Products.BOOKLET).build()).write(context, out);
    booklet = out.file("booklet.pdf");
  }

  @Test
  void everyArticleAndSectionStartsOnThePageTheBookmarkLeadsTo() throws Exception {
    BookletPages pages = new PdfExporter(PdfOptions.builder().products(Products.BOOKLET)
        .build()).bookletPages(context);
    List<Target> targets = context.index().targets();
    assertThat(pages.pages()).hasSize(targets.size());
    try (PDDocument document = ReadBack.open(booklet)) {
      List<Map.Entry<String, Integer>> bookmarks = new ArrayList<>();
      walk(document, document.getDocumentCatalog().getDocumentOutline().getFirstChild(),
          bookmarks);
      // Bookmarks are in document order: articles, their sections, and Notes/Sources extras.
      int next = 0;
      for (Map.Entry<String, Integer> bookmark : bookmarks) {
        if (next < targets.size() && bookmark.getKey().endsWith(targets.get(next).title())) {
          Target target = targets.get(next++);
          String key = target.key();
          assertThat(pages.page(key)).as(key).hasValue(bookmark.getValue());
        }
      }
      assertThat(next).as("targets found among the bookmarks").isEqualTo(targets.size());
    }
  }

  @Test
  void writingTheBookletLeavesItsPagesReadyWithoutAnotherLayout() throws Exception {
    PdfExporter pdf = new PdfExporter(PdfOptions.builder().products(Products.BOOKLET).build());
    pdf.write(context, new InMemoryOutput());
    BookletPages afterWrite = pdf.bookletPages(context);
    assertThat(pdf.bookletPages(context)).isSameAs(afterWrite);
    assertThat(afterWrite).isEqualTo(new PdfExporter(pdf.options()).bookletPages(context));
  }

  @Test
  void theLabelsAreWhatTheEpubPageMapOptionTakes() {
    BookletPages pages = new BookletPages(Map.of("intro", 3));
    assertThat(pages.labels()).containsExactly(Map.entry("intro", "3"));
    assertThat(pages.asOption()).isEqualTo("intro=3");
  }

  private static void walk(PDDocument document, PDOutlineItem item,
      List<Map.Entry<String, Integer>> out) throws Exception {
    for (PDOutlineItem current = item; current != null; current = current.getNextSibling()) {
      PDPageDestination destination = (PDPageDestination) current.getDestination();
      out.add(Map.entry(current.getTitle(),
          document.getPages().indexOf(destination.getPage()) + 1));
      walk(document, current.getFirstChild(), out);
    }
  }
}
