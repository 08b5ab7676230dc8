package dev.pamphlet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.FuzzContent;

/**
 * Any text at all, read as a publication or as an article, gives diagnostics placed in the
 * file or a model, never an exception; and whatever reads without errors writes back to JSON
 * that reads as the same model.
 *
 * <p>The normal build replays the kept inputs in {@code JsonCodecFuzzTestInputs/}; how to fuzz
 * for longer is in {@code core/src/test/FUZZING.md}.
 */
class JsonCodecFuzzTest {
  private static final JsonCodec JSON = JsonCodec.create();

  @FuzzTest
  void anyTextReadsOrIsReported(byte[] input) {
    FuzzContent.bounded(() -> {
      String text = FuzzContent.text(input);

      ReadResult<Publication> publication = JSON.readPublication("fuzz.json", text);
      assertThat(publication.diagnostics()).allSatisfy(d ->
              assertThat(d.position().file()).isEqualTo("fuzz.json"));
      if (!publication.hasErrors()) {
        assertThat(JSON.readPublication("again.json", JSON.write(publication.value())).value())
            .isEqualTo(publication.value());
      }

      ReadResult<Article> article = JSON.readArticle("fuzz.json", text);
      assertThat(article.diagnostics()).allSatisfy(d ->
              assertThat(d.position().file()).isEqualTo("fuzz.json"));
      if (!article.hasErrors()) {
        assertThat(JSON.readArticle("again.json", JSON.write(article.value())).value())
            .isEqualTo(article.value());
      }
    });
  }
}
