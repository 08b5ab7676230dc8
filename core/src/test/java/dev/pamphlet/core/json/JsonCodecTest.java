package dev.pamphlet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The codec's front door: deterministic text, streams, sharing between threads. */
class JsonCodecTest {

  private final JsonCodec codec = JsonCodec.create();

  @Test
  void outputUsesLineFeedsTwoSpacesAndEndsWithANewline() {
    String json = codec.write(FixtureModels.publication());

    assertThat(json).doesNotContain("\r").endsWith("}\n").startsWith("{\n  \"pamphlet\": 1,\n");
  }

  @Test
  void emptyMetadataIsWrittenAsAnEmptyObject() {
    String json = codec.write(new Article("a", Metadata.EMPTY, List.of()));

    assertThat(json).isEqualTo("{\n  \"pamphlet\": 1,\n  \"type\": \"article\",\n"
        + "  \"id\": \"a\",\n  \"metadata\": {},\n  \"blocks\": []\n}\n");
  }

  @Test
  void writingToAStreamGivesTheSameUtf8Bytes() throws IOException {
    Publication publication = FixtureModels.publication();
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    codec.write(publication, out);

    assertThat(out.toByteArray())
        .isEqualTo(codec.write(publication).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void oneCodecIsSafeToShareBetweenThreads() throws Exception {
    Publication publication = FixtureModels.publication();
    String expected = codec.write(publication);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = pool.invokeAll(IntStream.range(0, 32)
          .<java.util.concurrent.Callable<Boolean>>mapToObj(i -> () -> {
            String json = codec.write(publication);
            return json.equals(expected)
                && codec.readPublication("p.json", json).value().equals(publication);
          }).toList());
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void placeholderIdsComeFromTheFileName() {
    assertThat(JsonCodec.placeholderId("articles/aftercare.json")).isEqualTo("aftercare");
    assertThat(JsonCodec.placeholderId("C:\\notes\\Side Effects.json")).isEqualTo("side-effects");
    assertThat(JsonCodec.placeholderId("no-extension")).isEqualTo("no-extension");
    assertThat(JsonCodec.placeholderId("")).isEqualTo("article");
    assertThat(JsonCodec.placeholderId("/tmp/?? !.json")).isEqualTo("article");
  }
}
