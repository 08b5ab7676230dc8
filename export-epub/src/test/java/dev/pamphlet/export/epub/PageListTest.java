package dev.pamphlet.export.epub;

import static dev.pamphlet.export.epub.EpubFiles.EPUB;
import static dev.pamphlet.export.epub.EpubFiles.XHTML;
import static dev.pamphlet.export.epub.EpubFiles.elements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.export.Exporters;
import dev.pamphlet.core.export.InMemoryOutput;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * Given the printed booklet's pages, the EPUB carries page-break markers where those pages
 * start and a page list leading to them.
 */
class PageListTest {
  /** As the PDF booklet would give them: where each article and some sections start. */
  private static final String PAGE_MAP = "ketamine-assisted-therapy=1"
      + " ketamine-assisted-therapy#what-is-ketamine=1 ketamine-assisted-therapy#session-day=2"
      + " brain-networks=5 brain-networks#kinds=5 brain-networks#setting=7"
      + " neuroplasticity-and-depression=9 no-such-article=12";

  private static Books.Exported exported;
  private static EpubFiles files;

  @BeforeAll
  static void exportWithPageMap() throws IOException {
    TestBooklets.Source source = TestBooklets.exampleBooklet();
    EpubExporter exporter = (EpubExporter) Exporters.discover().create("epub",
        Map.of("page-map", PAGE_MAP));
    exported = Books.export(source.publication(), source.sourceMap(), exporter.options());
    files = EpubFiles.open(exported.epub());
  }

  @Test
  void eachNewPageGetsOneMarkerWhereItStarts() {
    String therapy = files.text("EPUB/chapters/ketamine-assisted-therapy.xhtml");
    assertThat(therapy).contains("<body epub:type=\"bodymatter\"><span id=\"print-page-1\""
        + " epub:type=\"pagebreak\" role=\"doc-pagebreak\" aria-label=\"1\"></span>");
    assertThat(therapy).contains("id=\"session-day\" class=\"pamphlet-section\"><span"
        + " id=\"print-page-2\"");
    // Page 1 goes on: the first section starts on it and gets no second marker.
    assertThat(therapy.split("epub:type=\"pagebreak\"", -1)).hasSize(3);
  }

  @Test
  void thePageListLeadsToEveryMarkerInReadingOrder() {
    Element pageList = elements(files.xml("EPUB/nav.xhtml"), XHTML, "nav").stream()
        .filter(nav -> nav.getAttributeNS(EPUB, "type").equals("page-list"))
        .findFirst().orElseThrow();
    assertThat(elements(pageList, XHTML, "a")).extracting(
        a -> a.getTextContent() + " " + a.getAttribute("href")).containsExactly(
        "1 chapters/ketamine-assisted-therapy.xhtml#print-page-1",
        "2 chapters/ketamine-assisted-therapy.xhtml#print-page-2",
        "5 chapters/brain-networks.xhtml#print-page-5",
        "7 chapters/brain-networks.xhtml#print-page-7",
        "9 chapters/neuroplasticity-and-depression.xhtml#print-page-9");
  }

  @Test
  void accessibilityMetadataClaimsPageNavigation() {
    assertThat(files.metaValues("schema:accessibilityFeature"))
        .contains("pageBreakMarkers", "pageNavigation");
  }

  @Test
  void aTargetTheBookletLacksIsReported() {
    assertThat(exported.diagnostics()).extracting(Diagnostic::code)
        .containsExactly(EpubCodes.PAGE_TARGET_UNKNOWN);
    assertThat(exported.diagnostics().get(0).message()).contains("no-such-article");
  }

  @Test
  void withoutAPageMapThereAreNoMarkers() throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    TestBooklets.Source source = TestBooklets.exampleBooklet();
    new EpubExporter().export(source.publication(), source.sourceMap(), out,
        dev.pamphlet.core.export.ErrorPolicy.REFUSE);
    EpubFiles plain = EpubFiles.open(out.file(EpubExporter.FILE_NAME));
    assertThat(plain.text("EPUB/nav.xhtml")).doesNotContain("page-list");
    assertThat(List.of("ketamine-assisted-therapy", "brain-networks"))
        .allSatisfy(id -> assertThat(plain.text("EPUB/chapters/" + id + ".xhtml"))
            .doesNotContain("pagebreak"));
  }

  @Test
  void epubCheckReportsNothing() throws IOException {
    assertThat(EpubCheckRun.problems(exported.epub())).isEmpty();
  }
}
