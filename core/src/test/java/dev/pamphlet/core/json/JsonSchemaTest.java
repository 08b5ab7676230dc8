package dev.pamphlet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Article;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The schema accepts what the codec writes and refuses what the reader refuses. */
class JsonSchemaTest {

  private final JsonCodec codec = JsonCodec.create();

  @Test
  void everyFixtureValidates() {
    for (Map.Entry<String, Article> fixture : FixtureModels.articles().entrySet()) {
      assertThat(PamphletSchema.problems(codec.write(fixture.getValue())))
          .as(fixture.getKey()).isEmpty();
    }
    assertThat(PamphletSchema.problems(codec.write(FixtureModels.publication()))).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"type\": \"paragraph\", \"colour\": \"red\"}",
      "{\"type\": \"pargraph\"}",
      "{\"type\": \"text\", \"value\": \"inline where a block belongs\"}",
      "{\"type\": \"section\"}",
      "{\"type\": \"section\", \"id\": \"two words\"}",
      "{\"type\": \"ordered-list\", \"start\": -1}",
      "{\"type\": \"ordered-list\", \"start\": \"three\"}",
      "{\"type\": \"bullet-list\", \"items\": [{\"check\": \"maybe\"}]}",
      "{\"type\": \"callout\", \"kind\": \"danger\"}",
      "{\"type\": \"paragraph\", \"content\": [{\"type\": \"cross-ref\", \"article\": \" \"}]}",
      "{\"type\": \"table\", \"body\": [{\"cells\": [{\"content\": [], \"span\": 2}]}]}"})
  void whatTheReaderRefusesTheSchemaRefusesToo(String block) {
    String json = "{\"pamphlet\": 1, \"type\": \"article\", \"id\": \"a\", \"blocks\": [" + block
        + "]}";

    assertThat(codec.readArticle("a.json", json).hasErrors()).isTrue();
    assertThat(PamphletSchema.problems(json)).isNotEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"pamphlet\": 2, \"type\": \"article\", \"id\": \"a\"}",
      "{\"type\": \"article\", \"id\": \"a\"}",
      "{\"pamphlet\": 1, \"type\": \"article\"}",
      "{\"pamphlet\": 1, \"type\": \"article\", \"id\": \"a\", \"metadata\": {\"reviewed\": \"May\"}}",
      "{\"pamphlet\": 1, \"type\": \"publication\", \"articles\": [{\"type\": \"article\", "
          + "\"id\": \"a\", \"pamphlet\": 1}]}"})
  void filesTheReaderRefusesTheSchemaRefusesToo(String json) {
    boolean readerRefuses = json.contains("publication")
        ? codec.readPublication("a.json", json).hasErrors()
        : codec.readArticle("a.json", json).hasErrors();

    assertThat(readerRefuses).isTrue();
    assertThat(PamphletSchema.problems(json)).isNotEmpty();
  }
}
