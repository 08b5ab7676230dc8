package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.ExporterContractTest;
import dev.pamphlet.core.testing.Samples;
import java.util.Map;

/** The rules every exporter keeps, applied to the PDF exporter. */
class PdfExporterContractTest extends ExporterContractTest {
  @Override
  protected String format() {
    return "pdf";
  }

  /**
   * 10 generated articles: nine exports of handouts and a booklet each (one alone, eight at
   * once) of more take minutes on a shared two-core machine, and 10 articles already have
   * every kind of block many times over.
   */
  @Override
  protected int corpusSize() {
    return 10;
  }

  @Override
  protected void assertEveryNodeRendered(Map<String, byte[]> files) throws Exception {
    assertThat(files.keySet()).contains("booklet.pdf");
    Samples.ARTICLE_IDS.forEach(id -> assertThat(files).containsKey("handouts/" + id + ".pdf"));
    String booklet = ReadBack.text(files.get("booklet.pdf"));
    Samples.markers().forEach((node, phrase) ->
        assertThat(booklet).as(node).contains(phrase));
  }
}
