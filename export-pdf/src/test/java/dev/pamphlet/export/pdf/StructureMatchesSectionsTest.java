package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.load.SourceLoader;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.CorpusGenerator;
import dev.pamphlet.core.testing.Samples;
import dev.pamphlet.core.testing.SectionOutline;
import dev.pamphlet.core.testing.SectionOutline.Entry;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

/**
 * The PDF's structure tree, read back with PDFBox, is the model's outline: in a handout, the
 * article's title is the first {@code H1} and each section a {@code Sect} holding its heading
 * ({@code H2} for a top-level section, one level deeper per nesting) and its sub-sections'
 * {@code Sect}s; in the booklet, each article is a {@code Sect} whose {@code H2} is its title,
 * its sections one level deeper again. Each heading's text is what the page shows for it (its
 * marked content). The only other sections are the "Notes" and "Sources" the exporter adds
 * at the end of an article.
 */
class StructureMatchesSectionsTest {
  private static final Set<String> ADDED_SECTIONS = Set.of("Notes", "Sources");

  @Test
  void theSamplesStructureIsItsOutline() throws IOException {
    assertStructureIsTheOutline(Samples.everyNode(), SourceMap.EMPTY);
  }

  @Test
  void theExampleBookletsStructureIsItsOutline() throws IOException {
    ReadResult<Publication> examples = SourceLoader.create().load(List.of(
        Samples.examplesDir()));
    assertStructureIsTheOutline(examples.value(), examples.sourceMap());
  }

  @Test
  void theGeneratedCorpusStructureIsItsOutline() throws IOException {
    MarkdownReader reader = MarkdownReader.create();
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, String> file : CorpusGenerator.generate(5, 42).entrySet()) {
      articles.add(reader.read(file.getKey(), file.getValue()).value());
    }
    assertStructureIsTheOutline(new Publication(Metadata.builder().title("Corpus")
        .language("en").build(), articles), SourceMap.EMPTY);
  }

  private static void assertStructureIsTheOutline(Publication publication, SourceMap sources)
      throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    new PdfExporter().export(publication, sources, out, ErrorPolicy.EXPORT_ANYWAY);
    List<Entry> outline = SectionOutline.of(publication);
    for (int i = 0; i < outline.size(); i++) {
      String file = "handouts/" + publication.articles().get(i).id() + ".pdf";
      try (PDDocument handout = ReadBack.open(out.file(file))) {
        Headings headings = new Headings(handout);
        PDStructureElement document = (PDStructureElement) handout.getDocumentCatalog()
            .getStructureTreeRoot().getKids().get(0);
        Entry read = new Entry(headings.text(firstChild(document, "H1")),
            sections(document, 2, headings));
        assertThat(read.toString()).as(file).isEqualTo(outline.get(i).toString());
      }
    }
    try (PDDocument booklet = ReadBack.open(out.file("booklet.pdf"))) {
      Headings headings = new Headings(booklet);
      PDStructureElement document = (PDStructureElement) booklet.getDocumentCatalog()
          .getStructureTreeRoot().getKids().get(0);
      List<Entry> articles = new ArrayList<>();
      for (PDStructureElement sect : children(document, "Sect")) {
        articles.add(new Entry(headings.text(firstChild(sect, "H2")),
            sections(sect, 3, headings)));
      }
      assertThat(articles.toString()).as("booklet.pdf").isEqualTo(outline.toString());
    }
  }

  /** The sections under {@code parent}: each Sect's heading (of {@code level}) and its own. */
  private static List<Entry> sections(PDStructureElement parent, int level, Headings headings) {
    List<Entry> entries = new ArrayList<>();
    for (PDStructureElement sect : children(parent, "Sect")) {
      String title = headings.text(firstChild(sect, "H" + Math.min(level, 6)));
      if (!ADDED_SECTIONS.contains(title)) {
        entries.add(new Entry(title, sections(sect, level + 1, headings)));
      }
    }
    return entries;
  }

  private static List<PDStructureElement> children(PDStructureNode parent, String type) {
    List<PDStructureElement> out = new ArrayList<>();
    for (Object kid : parent.getKids()) {
      if (kid instanceof PDStructureElement element && element.getStructureType()
          .equals(type)) {
        out.add(element);
      }
    }
    return out;
  }

  private static PDStructureElement firstChild(PDStructureNode parent, String type) {
    List<PDStructureElement> found = children(parent, type);
    assertThat(found).as("a %s in %s", type, parent).isNotEmpty();
    return found.get(0);
  }

  /** The glyphs each marked-content sequence of a document shows, by page and MCID. */
  private static final class Headings {
    private final Map<COSDictionary, Map<Integer, List<TextPosition>>> glyphs =
        new HashMap<>();

    Headings(PDDocument document) {
      // Pages are read on demand, from the elements' own page references.
    }

    /**
     * The text of a heading element: its marked content in order, a space where a wrapped
     * heading goes on to the next line, spaces collapsed.
     */
    String text(PDStructureElement heading) {
      List<TextPosition> positions = new ArrayList<>();
      for (Object kid : heading.getKids()) {
        if (kid instanceof Integer mcid) {
          positions.addAll(page(heading.getPage()).getOrDefault(mcid, List.of()));
        } else if (kid instanceof PDMarkedContentReference reference) {
          PDPage page = reference.getPage() != null ? reference.getPage() : heading.getPage();
          positions.addAll(page(page).getOrDefault(reference.getMCID(), List.of()));
        }
      }
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < positions.size(); i++) {
        if (i > 0 && Math.abs(positions.get(i).getYDirAdj()
            - positions.get(i - 1).getYDirAdj()) > 1) {
          out.append(' ');
        }
        out.append(positions.get(i).getUnicode());
      }
      return out.toString().replaceAll("\\s+", " ").strip();
    }

    private Map<Integer, List<TextPosition>> page(PDPage page) {
      return glyphs.computeIfAbsent(page.getCOSObject(), p -> {
        try {
          PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
          extractor.processPage(page);
          Map<Integer, List<TextPosition>> byMcid = new HashMap<>();
          extractor.getMarkedContents().forEach(content -> collect(content, byMcid));
          return byMcid;
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
    }

    private static void collect(PDMarkedContent content,
        Map<Integer, List<TextPosition>> byMcid) {
      List<TextPosition> positions = new ArrayList<>();
      for (Object item : content.getContents()) {
        if (item instanceof TextPosition position) {
          positions.add(position);
        } else if (item instanceof PDMarkedContent nested) {
          collect(nested, byMcid);
        }
      }
      if (content.getMCID() >= 0) {
        byMcid.computeIfAbsent(content.getMCID(), k -> new ArrayList<>()).addAll(positions);
      }
    }
  }
}
