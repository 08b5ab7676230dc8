package dev.pamphlet.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;

/**
 * Every CommonMark and GFM spec example, read by the Markdown reader, loses no text of its
 * model in HTML, EPUB or PDF (the rule: {@link NothingLostTest}). What the reader makes of the
 * Markdown is core's concern ({@code CommonMarkSpecTest}); here the model is the truth.
 *
 * <p>The examples of a spec are the articles of one publication ({@code example-1} …), so each
 * format runs once per spec: one HTML export, one EPUB of some 650 chapters, and a PDF handout
 * per example (the booklets are left to the other tests, which cover how articles are put
 * together).
 */
class SpecExamplesNothingLostTest {
  private static final MarkdownReader READER = MarkdownReader.create();

  @Test
  void everyCommonMarkExampleLosesNothingInAnyFormat() throws IOException {
    assertThat(NothingLost.of(publicationOf(TestResources.getSpec()), SourceMap.EMPTY, false))
        .isEmpty();
  }

  @Test
  void everyGfmExampleLosesNothingInAnyFormat() throws IOException {
    assertThat(NothingLost.of(publicationOf(TestResources.getGfmSpec()), SourceMap.EMPTY,
        false)).isEmpty();
  }

  /** One article per example; the spec writes tabs as {@code →}. */
  static Publication publicationOf(URL spec) {
    List<Example> examples = ExampleReader.readExamples(spec);
    List<Article> articles = new ArrayList<>();
    for (int i = 0; i < examples.size(); i++) {
      Article read = READER.read("example-" + (i + 1) + ".md",
          examples.get(i).getSource()).value();
      // The id names the example, whatever its front matter says, so ids stay unique.
      articles.add(new Article("example-" + (i + 1), read.metadata(), read.blocks()));
    }
    return new Publication(Metadata.builder().title("Spec examples").language("en").build(),
        articles);
  }
}
