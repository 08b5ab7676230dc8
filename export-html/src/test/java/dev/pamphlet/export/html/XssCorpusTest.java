package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Text;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * No classic XSS vector survives into the output as markup or script: each is put into every
 * text and URL slot of the model, exported as fragments and pages, parsed as a browser would,
 * and scanned for foreign elements, event handlers, style attributes and unsafe URLs. The
 * Markdown and JSON routes into the model are covered in {@code XssThroughReadersTest}.
 */
class XssCorpusTest {
  private static final HtmlOptions OPTIONS = HtmlOptions.builder().externalLinksNewTab(true)
      .build();

  @TestFactory
  Stream<DynamicTest> markupInEveryTextSlotStaysText() {
    return XssCorpus.MARKUP.stream().map(vector -> DynamicTest.dynamicTest(vector, () ->
        assertNothingActive(Outputs.export(everySlot(vector, "https://example.org/"),
            OPTIONS))));
  }

  @TestFactory
  Stream<DynamicTest> unsafeUrlsAreNeverLinked() {
    return XssCorpus.URLS.stream().map(url -> DynamicTest.dynamicTest(visible(url), () -> {
      Map<String, String> files = Outputs.export(everySlot("text", url), OPTIONS);
      assertNothingActive(files);
      files.values().forEach(html -> assertThat(html.toLowerCase(Locale.ROOT))
          .doesNotContain("href=\"javascript", "href=\"vbscript", "href=\"data:",
              "src=\"javascript", "src=\"data:"));
    }));
  }

  @Test
  void theScanFindsActiveContentSoASilentPassMeansSomething() throws Exception {
    assertThat(MarkupScan.activeContent("<p onclick=\"x()\">a</p><script>x()</script>"
        + "<a href=\" javascript:x()\">b</a><svg onload=x()></svg>"))
        .hasSize(5).anyMatch(p -> p.contains("onclick")).anyMatch(p -> p.contains("<script>"))
        .anyMatch(p -> p.contains("href")).anyMatch(p -> p.contains("<svg>"));
  }

  static void assertNothingActive(Map<String, String> files) throws Exception {
    assertThat(files).isNotEmpty();
    for (Map.Entry<String, String> file : files.entrySet()) {
      assertThat(MarkupScan.activeContent(file.getValue()))
          .as("active content in %s", file.getKey()).isEmpty();
      // Belt and braces beside the parse: the vectors' tags never appear unescaped. (Their
      // "onerror=" text may: as escaped text or inside a quoted value it is inert, and the
      // parse above is what tells the two apart.)
      assertThat(file.getValue().toLowerCase(Locale.ROOT))
          .as("raw markup in %s", file.getKey()).doesNotContain("<script", "<svg", "<iframe",
              "<img src=x", "<object", "<embed", "<math", "<base", "<form", "<details");
    }
  }

  /** A publication with {@code text} in every text slot and {@code url} in every URL slot. */
  static Publication everySlot(String text, String url) {
    List<Inline> inlines = List.of(new Text(text), new Link(url, text, List.of(new Text(text))),
        new CrossRef("second", "", List.of(new Text(text))));
    Article first = Article.builder("first")
        .title(text)
        .summary(text)
        .metadata(m -> m.subtitle(text).source(text, url))
        .paragraph(p -> p.text(text).emphasis(text).strong(text).code(text).link(url, text)
            .inline(new Link(url, text, List.of(new Text(text)))).note(text).lineBreak())
        .section(text, s -> s.paragraph(p -> inlines.forEach(p::inline))
            .bulletList(l -> l.item(text).task(true, text))
            .orderedList(2, l -> l.item(text))
            .callout(CalloutKind.WARNING, text, c -> c.paragraph(text))
            .quote(q -> q.paragraph(text))
            .figure(url, text, text)
            .table(t -> t.caption(text).header(text, text).row(text, text))
            .code(text, text))
        .build();
    Article second = Article.builder("second").title(text).paragraph(text).build();
    return Publication.builder().title(text).language("en")
        .metadata(m -> m.organization(text, text)).article(first).article(second).build();
  }

  private static String visible(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.append(cp < 0x20 || Character.getType(cp)
        == Character.FORMAT ? String.format("\\u%04X", cp) : Character.toString(cp)));
    return out.toString();
  }
}
