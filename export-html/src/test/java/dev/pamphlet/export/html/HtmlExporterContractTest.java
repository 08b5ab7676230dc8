package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.ExporterContractTest;
import dev.pamphlet.core.testing.Samples;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The exporter contract (discovery, determinism, every node, thread safety, refusing errors),
 * plus: every phrase of the every-node sample is in the booklet page and in the fragments, and
 * the Nu HTML Checker finds nothing in any file.
 */
class HtmlExporterContractTest extends ExporterContractTest {
  @Override
  protected String format() {
    return "html";
  }

  @Override
  protected void assertEveryNodeRendered(Map<String, byte[]> files) throws Exception {
    assertThat(files).containsKeys("index.html", "before-your-session.fragment.html",
        "before-your-session.html", "after-your-session.fragment.html",
        "after-your-session.html");
    String booklet = new String(files.get("index.html"), StandardCharsets.UTF_8);
    StringBuilder fragments = new StringBuilder();
    for (String id : Samples.ARTICLE_IDS) {
      fragments.append(new String(files.get(id + HtmlExporter.FRAGMENT_SUFFIX),
          StandardCharsets.UTF_8));
    }
    Samples.markers().forEach((node, phrase) -> {
      assertThat(booklet).as("booklet page shows the %s", node).contains(phrase);
      assertThat(fragments).as("fragments show the %s", node).contains(phrase);
    });
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      String html = new String(file.getValue(), StandardCharsets.UTF_8);
      assertThat(NuChecker.problems(Outputs.checkable(file.getKey(), html)))
          .as("Nu HTML Checker messages for %s", file.getKey()).isEmpty();
    }
  }
}
