package dev.pamphlet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Nesting;
import org.junit.jupiter.api.Test;

/** JSON nested past the limit, or too long to read safely, is refused with an error. */
class JsonLimitsTest {
  private static final JsonCodec JSON = JsonCodec.create();

  /** An article whose paragraph sits inside {@code quotes} block quotes. */
  private static String quotes(int quotes) {
    StringBuilder out = new StringBuilder("{\"pamphlet\":1,\"type\":\"article\",\"id\":\"deep\","
        + "\"metadata\":{\"title\":\"Deep\"},\"blocks\":[");
    out.append("{\"type\":\"block-quote\",\"blocks\":[".repeat(quotes));
    out.append("{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"x\"}]}");
    out.append("]}".repeat(quotes));
    return out.append("]}").toString();
  }

  @Test
  void quotesNestedUpToTheLimitAreReadAndOneMoreIsRefused() {
    assertThat(JSON.readArticle("deep.json", quotes(Nesting.MAX_DEPTH - 2)).diagnostics())
        .isEmpty();
    ReadResult<Article> tooDeep = JSON.readArticle("deep.json", quotes(Nesting.MAX_DEPTH - 1));
    assertThat(tooDeep.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("json.nesting-too-deep");
    assertThat(tooDeep.diagnostics().get(0).position().line()).isEqualTo(1);
    assertThat(tooDeep.value().blocks()).isEmpty();
  }

  @Test
  void tenThousandNestedQuotesAreAnErrorNotAStackOverflow() {
    assertThat(JSON.readArticle("deep.json", quotes(10_000)).diagnostics())
        .extracting(Diagnostic::code).containsExactly("json.syntax");
  }

  @Test
  void aFileLongerThanTheLimitIsRefusedUnread() {
    String huge = " ".repeat(JsonCodec.MAX_LENGTH + 1);
    assertThat(JSON.readPublication("huge.json", huge).diagnostics()).singleElement()
        .hasToString("huge.json:1:1: error: this file is 10,000,001 characters long; Pamphlet "
            + "reads JSON files of up to 10,000,000 characters [json.too-large]");
  }
}
