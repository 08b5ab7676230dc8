package dev.pamphlet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The wire format, pinned: one exact JSON file per node type. Writing the model must give the
 * file byte for byte, and reading the file must give the model back. Regenerate the files after
 * an intended format change with {@code -Dpamphlet.regenerate=true} (see the README beside
 * them).
 */
class JsonFixturesTest {

  private static final String FOLDER = "dev/pamphlet/core/json/fixtures/";
  private static final boolean REGENERATE = Boolean.getBoolean("pamphlet.regenerate");

  private final JsonCodec codec = JsonCodec.create();

  static Stream<Arguments> nodeTypes() {
    return FixtureModels.articles().entrySet().stream()
        .map(entry -> Arguments.of(entry.getKey(), entry.getValue()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nodeTypes")
  void eachNodeTypeWritesExactlyItsFixture(String type, Article article) throws IOException {
    assertThat(codec.write(article)).isEqualTo(fixture(type + ".json", codec.write(article)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nodeTypes")
  void eachNodeTypeFixtureReadsBackAsTheModel(String type, Article article) throws IOException {
    String file = type + ".json";
    ReadResult<Article> read = codec.readArticle(file, fixture(file, codec.write(article)));

    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.value()).isEqualTo(article);
  }

  @Test
  void publicationWritesExactlyItsFixtureAndReadsBack() throws IOException {
    Publication publication = FixtureModels.publication();
    String json = fixture("publication.json", codec.write(publication));

    assertThat(codec.write(publication)).isEqualTo(json);
    ReadResult<Publication> read = codec.readPublication("publication.json", json);
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.value()).isEqualTo(publication);
  }

  @Test
  void everyNodeTypeHasAFixture() {
    Map<String, Article> articles = FixtureModels.articles();
    assertThat(articles.keySet()).containsExactlyInAnyOrderElementsOf(
        Stream.concat(BlockReader.TYPES.stream(), InlineReader.TYPES.stream()).toList());
  }

  /**
   * The fixture's text; when regenerating, first rewrites it in the source tree with {@code
   * current} (surefire runs in the module folder).
   */
  private static String fixture(String name, String current) throws IOException {
    if (REGENERATE) {
      Path source = Path.of("src/test/resources", FOLDER, name);
      Files.createDirectories(source.getParent());
      Files.writeString(source, current, StandardCharsets.UTF_8);
      return current;
    }
    try (InputStream in = JsonFixturesTest.class.getClassLoader()
        .getResourceAsStream(FOLDER + name)) {
      assertThat(in).as("fixture %s is missing: run with -Dpamphlet.regenerate=true", name)
          .isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
