package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Text;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class HtmlExporterTest {
  private final Publication booklet = TestContent.everyNode(false);

  @Test
  void bothModeWritesFragmentsArticlePagesAndTheBookletPage() {
    assertThat(Outputs.export(booklet, HtmlOptions.DEFAULTS)).containsOnlyKeys(
        "ketamine-basics.fragment.html", "ketamine-basics.html",
        "neuroplasticity.fragment.html", "neuroplasticity.html", "index.html");
  }

  @Test
  void fragmentModeWritesOnlyFragmentsAndStandaloneModeOnlyPages() {
    assertThat(Outputs.export(booklet, HtmlOptions.builder().mode(HtmlMode.FRAGMENT).build()))
        .containsOnlyKeys("ketamine-basics.fragment.html", "neuroplasticity.fragment.html");
    assertThat(Outputs.export(booklet, HtmlOptions.builder().mode(HtmlMode.STANDALONE).build()))
        .containsOnlyKeys("ketamine-basics.html", "neuroplasticity.html", "index.html");
  }

  @Test
  void anArticleCalledIndexMovesTheBookletPageAside() {
    Publication publication = Publication.builder().title("B")
        .article(Article.builder("index").title("Index").paragraph("x").build()).build();
    assertThat(Outputs.export(publication, HtmlOptions.DEFAULTS))
        .containsKeys("index.html", "booklet.html");
  }

  @Test
  void aFragmentIsOneArticleElementWithNoPageAroundIt() {
    String fragment = Outputs.export(booklet, HtmlOptions.DEFAULTS)
        .get("neuroplasticity.fragment.html");
    assertThat(fragment).startsWith("<article id=\"neuroplasticity\"")
        .endsWith("</article>\n").doesNotContain("<html", "<head", "<style", "<body");
  }

  @Test
  void aStandalonePageHasLanguageCharsetViewportTitleContentsAndStyle() {
    String page = Outputs.export(booklet, HtmlOptions.DEFAULTS).get("ketamine-basics.html");
    assertThat(page).startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
        .contains("<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<title>Ketamine-assisted therapy: the basics</title>",
            "<nav class=\"pamphlet-toc\" aria-label=\"Contents\">", "<style>", "@media print",
            "<h1 class=\"pamphlet-title\">");
  }

  @Test
  void largePrintPagesUseBigTypeRoomyLinesAndNoItalics() {
    Map<String, String> files = Outputs.export(booklet, HtmlOptions.builder().largePrint(true)
        .build());
    assertThat(files.get("index.html"))
        .contains("<body class=\"pamphlet-large-print\">",
            "body { font-size: 1.5rem; line-height: 1.5;", // 1.5rem = 24px = 18pt on screen
            "body { font-size: 18pt; line-height: 1.5; }", // and on paper
            "em, i, cite, dfn, figcaption, blockquote { font-style: normal; }");
    assertThat(files.get("neuroplasticity.fragment.html"))
        .contains("class=\"pamphlet-article pamphlet-large-print\"");
  }

  @Test
  void thePagesStyleSheetIsPublicForOtherFormats() {
    HtmlOptions options = HtmlOptions.builder().classPrefix("x-").build();
    assertThat(Outputs.export(booklet, options).get("index.html"))
        .contains(HtmlStyleSheet.css(options));
    assertThat(HtmlStyleSheet.css(options)).contains(".x-callout").doesNotContain("<", "&");
  }

  @Test
  void sameInputAndOptionsGiveTheSameBytes() {
    assertThat(Outputs.export(TestContent.everyNode(true), HtmlOptions.DEFAULTS))
        .isEqualTo(Outputs.export(TestContent.everyNode(true), HtmlOptions.DEFAULTS));
  }

  @Test
  void oneExporterServesManyThreadsAtOnce() throws Exception {
    HtmlExporter exporter = new HtmlExporter();
    Map<String, byte[]> expected = exportWith(exporter);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Map<String, byte[]>>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> exportWith(exporter)));
      }
      for (Future<Map<String, byte[]>> run : runs) {
        Map<String, byte[]> files = run.get();
        assertThat(files.keySet()).isEqualTo(expected.keySet());
        files.forEach((name, bytes) -> assertThat(bytes).isEqualTo(expected.get(name)));
      }
    } finally {
      pool.shutdown();
    }
  }

  private Map<String, byte[]> exportWith(HtmlExporter exporter) throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    exporter.export(booklet, out);
    return out.files();
  }

  @Test
  void anUnsafeLinkIsLeftOutAndReportedWhereItWasWritten() throws Exception {
    Link link = new Link("javascript:alert(1)", List.of(new Text("click")));
    Article article = new Article("a", Metadata.builder().title("A")
        .build(), List.of(new Paragraph(List.of(link))));
    SourcePosition position = new SourcePosition("a.md", 3, 5);
    SourceMap sourceMap = SourceMap.builder().put(link, position).article("a", "a.md").build();
    InMemoryOutput out = new InMemoryOutput();
    ExportReport report = new HtmlExporter().export(Publication.of(article), sourceMap, out,
        ErrorPolicy.EXPORT_ANYWAY);
    assertThat(new String(out.file("a.fragment.html"), StandardCharsets.UTF_8))
        .contains("<p>click</p>").doesNotContain("javascript");
    // The validator reports it as an error; the exporter, what it did about it.
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("link.unsafe-scheme")
        && d.severity() == Severity.WARNING).singleElement().satisfies(d -> {
          assertThat(d.position()).isEqualTo(position);
          assertThat(d.toString()).startsWith("a.md:3:5: warning: the link to "
              + "\"javascript:alert(1)\" was left out");
        });
  }

  @Test
  void referencesToOtherArticlesGoToSiblingPagesWithThePrefixedSectionId() {
    String fragment = Outputs.export(booklet, HtmlOptions.builder().idPrefix("p-").build())
        .get("ketamine-basics.fragment.html");
    assertThat(fragment)
        .contains("<a class=\"pamphlet-xref\" href=\"neuroplasticity.html\">Neuroplasticity</a>")
        .contains("href=\"neuroplasticity.html#p-how-it-works\">how it works</a>")
        .contains("href=\"#p-after-the-session\">After the session</a>")
        .contains("<section id=\"p-after-the-session\"");
  }

  @Test
  void aLinkResolverDecidesWhereOtherArticlesLive() {
    HtmlOptions options = HtmlOptions.builder()
        .linkResolver(target -> "/patients/" + target.article() + "/").build();
    assertThat(Outputs.export(booklet, options).get("ketamine-basics.fragment.html"))
        .contains("href=\"/patients/neuroplasticity/\">Neuroplasticity</a>");
  }

  @Test
  void anUnsafeUrlFromALinkResolverIsRefusedToo() {
    HtmlOptions options = HtmlOptions.builder().linkResolver(target -> "javascript:x").build();
    assertThat(Outputs.export(booklet, options).get("ketamine-basics.fragment.html"))
        .doesNotContain("javascript")
        .contains("<span class=\"pamphlet-xref\">Neuroplasticity</span>");
  }

  @Test
  void aDanglingReferenceShowsItsTargetWithoutALink() {
    Article article = Article.builder("a").title("A")
        .paragraph(p -> p.text("See ").crossRef("missing", "part")).build();
    assertThat(Outputs.export(Publication.of(article), HtmlOptions.DEFAULTS)
        .get("a.fragment.html"))
        .contains("See <span class=\"pamphlet-xref-dangling\">missing#part</span>");
  }

  @Test
  void anUntitledSectionGetsNoEmptyHeading() {
    Article article = Article.builder("a").title("A").section("untitled", "", s -> s
        .paragraph("Body.")).build();
    assertThat(Outputs.export(Publication.of(article), HtmlOptions.DEFAULTS)
        .get("a.fragment.html"))
        .contains("<div id=\"untitled\" class=\"pamphlet-section\">\n<p>Body.</p>\n</div>")
        .doesNotContain("<h2");
  }

  @Test
  void anUntitledSectionsSubsectionsTakeItsHeadingLevel() {
    // Found by fuzzing: an h3 straight after the title's h1 skips a level.
    Article article = Article.builder("a").title("A").section("untitled", "", s -> s
        .section("inner", "Inner", inner -> inner.paragraph("Body."))).build();
    String html = Outputs.export(Publication.of(article), HtmlOptions.builder()
        .mode(HtmlMode.STANDALONE).build()).get("a.html");
    assertThat(html).contains("<h2>Inner</h2>").doesNotContain("<h3");
  }

  @Test
  void aLinkNoBrowserCanOpenIsLeftOutAndReported() throws Exception {
    // Found by fuzzing: bytes that were not UTF-8 in an autolink's host made an href the Nu
    // checker rejects. Exported anyway, the link is left out; its text stays.
    Link link = new Link("https://exampl\uFFFDe.org", List.of(new Text("the guide")));
    Article article = new Article("a", Metadata.builder().title("A").build(),
        List.of(new Paragraph(List.of(link))));
    InMemoryOutput out = new InMemoryOutput();
    ExportReport report = new HtmlExporter().export(Publication.of(article), SourceMap.EMPTY,
        out, ErrorPolicy.EXPORT_ANYWAY);
    assertThat(new String(out.file("a.fragment.html"), StandardCharsets.UTF_8))
        .contains("<p>the guide</p>").doesNotContain("href");
    assertThat(report.diagnostics()).filteredOn(d -> d.code().equals("link.malformed-url"))
        .extracting(Diagnostic::severity).containsExactlyInAnyOrder(Severity.ERROR,
            Severity.WARNING);
  }

  @Test
  void externalLinksOpenANewTabOnlyWhenAsked() {
    String newTab = Outputs.export(booklet, HtmlOptions.builder().externalLinksNewTab(true)
        .build()).get("ketamine-basics.fragment.html");
    assertThat(newTab).contains("<a href=\"https://example.org/guide\" target=\"_blank\" "
        + "rel=\"noopener noreferrer\">").contains("<a href=\"tel:+15550100\">");
    assertThat(Outputs.export(booklet, HtmlOptions.DEFAULTS).get(
        "ketamine-basics.fragment.html")).doesNotContain("_blank");
  }

  @Test
  void exportsReportNothingForCleanContent() throws Exception {
    ExportReport report = new HtmlExporter().export(booklet, new InMemoryOutput());
    assertThat(report.diagnostics()).extracting(Diagnostic::code)
        .doesNotContain("link.unsafe-scheme");
  }
}
