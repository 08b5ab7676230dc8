package dev.pamphlet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.PublicationArbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever the model, JSON keeps all of it, and what is written is what the schema says. */
class JsonRoundTripPropertyTest {

  private final JsonCodec codec = JsonCodec.create();

  @Property(tries = 100)
  void writingThenReadingGivesAnEqualPublicationAndTheJsonValidates(
      @ForAll("publications") Publication publication) {
    String json = codec.write(publication);
    ReadResult<Publication> read = codec.readPublication("generated.json", json);

    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.value()).isEqualTo(publication);
    assertThat(codec.write(read.value())).as("written again").isEqualTo(json);
    assertThat(PamphletSchema.problems(json)).isEmpty();
  }

  @Property(tries = 50)
  void writingThenReadingGivesAnEqualArticleAndTheJsonValidates(
      @ForAll("articles") Article article) {
    String json = codec.write(article);

    assertThat(codec.readArticle("generated.json", json).value()).isEqualTo(article);
    assertThat(PamphletSchema.problems(json)).isEmpty();
  }

  @Provide
  Arbitrary<Publication> publications() {
    return PublicationArbitraries.publications();
  }

  @Provide
  Arbitrary<Article> articles() {
    return PublicationArbitraries.articles();
  }
}
