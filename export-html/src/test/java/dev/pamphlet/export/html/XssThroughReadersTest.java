package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.json.JsonCodec;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The XSS corpus through the two ways content arrives from files: Markdown (as text, as raw
 * HTML, in headings, link text, link destinations, images and autolinks) and JSON (every text
 * and URL slot of the model, written by the codec and read back). Nothing survives as markup
 * or script in the exported HTML.
 */
class XssThroughReadersTest {
  private static final MarkdownReader MARKDOWN = MarkdownReader.create();
  private static final JsonCodec JSON = JsonCodec.create();
  private static final HtmlOptions OPTIONS = HtmlOptions.builder().externalLinksNewTab(true)
      .build();

  @TestFactory
  Stream<DynamicTest> markupWrittenInMarkdownStaysText() {
    return XssCorpus.MARKUP.stream().map(vector -> DynamicTest.dynamicTest(vector, () ->
        assertNothingActive(fromMarkdown("""
            ---
            title: %1$s
            summary: "%2$s"
            ---

            %1$s

            # Heading %1$s

            Inline %1$s and [link %1$s](https://example.org "%2$s") and `%1$s`.

            %1$s

            > [!WARNING] %1$s
            > %1$s

            - [ ] %1$s

            | %1$s | b |
            |---|---|
            | %1$s | d |

            ![%2$s](images/a.png "%2$s")

            Note.[^n]

            [^n]: %1$s
            """.formatted(vector, vector.replace("\"", "\\\""))))));
  }

  @TestFactory
  Stream<DynamicTest> unsafeUrlsWrittenInMarkdownAreNeverLinked() {
    return XssCorpus.URLS.stream().map(url -> DynamicTest.dynamicTest(printable(url), () ->
        assertNothingActive(fromMarkdown(linksTo(url.replace("\n", "").replace("\r", ""))))));
  }

  @Test
  void theLinkTemplateLinksASafeUrlEveryWay() {
    String fragment = fromMarkdown(linksTo("https://example.org/x")).values().stream()
        .filter(html -> html.startsWith("<article")).findFirst().orElseThrow();
    assertThat(fragment.split("href=\"https://example.org/x\"", -1)).hasSize(5);
    assertThat(fragment).contains("<img src=\"https://example.org/x\" alt=\"image\">");
  }

  /** A link, a pointy link, a reference link, an autolink and an image, all to {@code url}. */
  private static String linksTo(String url) {
    return """
        # Links

        [inline](%1$s) [pointy](<%1$s>) [ref][r] <%1$s>

        ![image](%1$s)

        [r]: %1$s
        """.formatted(url);
  }

  @TestFactory
  Stream<DynamicTest> everyVectorThroughJsonStaysInert() {
    Stream<DynamicTest> markup = XssCorpus.MARKUP.stream().map(vector -> DynamicTest
        .dynamicTest("text " + vector, () -> assertNothingActive(throughJson(
            XssCorpusTest.everySlot(vector, "https://example.org/")))));
    Stream<DynamicTest> urls = XssCorpus.URLS.stream().map(url -> DynamicTest
        .dynamicTest("url " + printable(url), () -> assertNothingActive(throughJson(
            XssCorpusTest.everySlot("text", url)))));
    return Stream.concat(markup, urls);
  }

  private static Map<String, String> fromMarkdown(String markdown) {
    ReadResult<Article> read = MARKDOWN.read("xss.md", markdown);
    return Outputs.export(Publication.of(read.value()), read.sourceMap(), OPTIONS);
  }

  private static Map<String, String> throughJson(Publication publication) {
    ReadResult<Publication> read = JSON.readPublication("xss.json", JSON.write(publication));
    assertThat(read.value().articles()).as("the JSON round trip kept the articles")
        .hasSameSizeAs(publication.articles());
    return Outputs.export(read.value(), read.sourceMap(), OPTIONS);
  }

  private static void assertNothingActive(Map<String, String> files) throws Exception {
    XssCorpusTest.assertNothingActive(files);
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.append(cp < 0x20 || Character.getType(cp)
        == Character.FORMAT ? String.format("\\u%04X", cp) : Character.toString(cp)));
    return out.toString();
  }
}
