package dev.pamphlet.export.epub;

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
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The EPUB's table of contents ({@code nav.xhtml}) is the model's outline: one entry per
 * article, in order, each with its sections nested as in the model, labelled with their
 * (numbered) titles — for the sample using every node type, the example booklet and the
 * generated corpus.
 */
class NavigationMatchesSectionsTest {
  @Test
  void theSamplesNavigationIsItsOutline() throws IOException {
    assertNavigationIsTheOutline(Samples.everyNode(), SourceMap.EMPTY);
  }

  @Test
  void theExampleBookletsNavigationIsItsOutline() throws IOException {
    ReadResult<Publication> examples = SourceLoader.create().load(List.of(
        Samples.examplesDir()));
    assertNavigationIsTheOutline(examples.value(), examples.sourceMap());
  }

  @Test
  void theGeneratedCorpusNavigationIsItsOutline() throws IOException {
    MarkdownReader reader = MarkdownReader.create();
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, String> file : CorpusGenerator.generate(30, 42).entrySet()) {
      articles.add(reader.read(file.getKey(), file.getValue()).value());
    }
    assertNavigationIsTheOutline(new Publication(Metadata.builder().title("Corpus")
        .language("en").build(), articles), SourceMap.EMPTY);
  }

  private static void assertNavigationIsTheOutline(Publication publication, SourceMap sources)
      throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    new EpubExporter().export(publication, sources, out, ErrorPolicy.EXPORT_ANYWAY);
    EpubFiles epub = EpubFiles.open(out.file(EpubExporter.FILE_NAME));
    Element toc = EpubFiles.elements(epub.xml("EPUB/nav.xhtml"), EpubFiles.XHTML, "nav")
        .stream().filter(nav -> nav.getAttributeNS(EpubFiles.EPUB, "type").equals("toc"))
        .findFirst().orElseThrow();
    List<SectionOutline.Entry> entries = entries(EpubFiles.children(toc, "ol").get(0));
    assertThat(entries).hasSize(publication.articles().size());
    assertThat(entries.toString()).isEqualTo(SectionOutline.of(publication).toString());
  }

  /** The entries of a navigation list: each item's link text, and its own list if any. */
  private static List<SectionOutline.Entry> entries(Element list) {
    List<SectionOutline.Entry> entries = new ArrayList<>();
    for (Element item : EpubFiles.children(list, "li")) {
      String label = EpubFiles.children(item, "a").get(0).getTextContent()
          .replaceAll("\\s+", " ").strip();
      List<Element> nested = EpubFiles.children(item, "ol");
      entries.add(new SectionOutline.Entry(label, nested.isEmpty() ? List.of()
          : entries(nested.get(0))));
    }
    return entries;
  }
}
