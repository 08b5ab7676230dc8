package dev.pamphlet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.load.SourceLoader;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.CorpusGenerator;
import dev.pamphlet.core.testing.Samples;
import java.io.IOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.api.Test;

/**
 * Markdown → model → JSON → model is the identity: whatever the Markdown reader makes of every
 * CommonMark and GFM spec example, of the example booklet and of the generated corpus, JSON
 * writes and reads back an equal model, without a diagnostic, and writes it again to the same
 * text. (Generated models are {@link JsonRoundTripPropertyTest}'s.)
 */
class MarkdownJsonRoundTripTest {
  private final JsonCodec codec = JsonCodec.create();
  private final MarkdownReader reader = MarkdownReader.create();

  @Test
  void everyCommonMarkExampleRoundTrips() {
    assertRoundTrips(specExamples(TestResources.getSpec()));
  }

  @Test
  void everyGfmExampleRoundTrips() {
    assertRoundTrips(specExamples(TestResources.getGfmSpec()));
  }

  @Test
  void theExampleBookletRoundTrips() throws IOException {
    ReadResult<Publication> examples = SourceLoader.create().load(List.of(
        Samples.examplesDir()));
    assertThat(examples.value().articles()).hasSize(3);
    assertRoundTrips(examples.value());
  }

  @Test
  void theGeneratedCorpusRoundTrips() {
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, String> file : CorpusGenerator.generate(100, 42).entrySet()) {
      articles.add(reader.read(file.getKey(), file.getValue()).value());
    }
    assertRoundTrips(publicationOf(articles));
  }

  private void assertRoundTrips(Publication publication) {
    String json = codec.write(publication);
    ReadResult<Publication> read = codec.readPublication("round-trip.json", json);
    assertThat(read.diagnostics()).isEmpty();
    for (int i = 0; i < publication.articles().size(); i++) {
      assertThat(read.value().articles().get(i)).as("article %d", i + 1)
          .isEqualTo(publication.articles().get(i));
    }
    assertThat(read.value()).isEqualTo(publication);
    assertThat(codec.write(read.value())).as("written again").isEqualTo(json);
  }

  /** One article per example, in spec order. */
  private Publication specExamples(URL spec) {
    List<Article> articles = new ArrayList<>();
    List<Example> examples = ExampleReader.readExamples(spec);
    for (int i = 0; i < examples.size(); i++) {
      articles.add(reader.read("example-" + (i + 1) + ".md", examples.get(i).getSource())
          .value());
    }
    return publicationOf(articles);
  }

  private static Publication publicationOf(List<Article> articles) {
    return new Publication(Metadata.builder().title("Round trip").language("en").build(),
        articles);
  }
}
