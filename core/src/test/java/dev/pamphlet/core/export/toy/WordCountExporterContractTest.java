package dev.pamphlet.core.export.toy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.ExporterContractTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The toy exporter keeps the contract: the proof that the contract test works from outside. */
class WordCountExporterContractTest extends ExporterContractTest {
  @Override
  protected String format() {
    return "wordcount";
  }

  @Override
  protected Map<String, String> options() {
    return Map.of("per-article", "true");
  }

  @Override
  protected void assertEveryNodeRendered(Map<String, byte[]> files) {
    assertThat(files).containsOnlyKeys("wordcount.txt", "articles/before-your-session.txt",
        "articles/after-your-session.txt");
    String summary = new String(files.get("wordcount.txt"), StandardCharsets.UTF_8);
    assertThat(summary).contains("before-your-session\t", "after-your-session\t", "total\t");
  }
}
