package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.build.ArticleBuilder;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Text;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One golden file per node type and per option: the exact markup, reviewed once and then
 * pinned. Every HTML golden also passes the Nu HTML Checker.
 */
class GoldenFileTest {
  private static final Map<String, Supplier<String>> NODES = new LinkedHashMap<>();
  private static final Map<String, Supplier<String>> OPTIONS = new LinkedHashMap<>();

  static {
    NODES.put("paragraph", () -> fragment(a -> a.paragraph(p -> p.text("Plain, ")
        .emphasis("emphasised").text(", ").strong("strong").text(", ").code("code()")
        .lineBreak().text("and a new line with <angle> & \"quotes\"."))));
    NODES.put("sections", () -> fragment(a -> a.section("One", s -> s.paragraph("1")
        .section("Two", t -> t.section("Three", u -> u.section("Four", v -> v
            .section("Five", w -> w.section("Six", x -> x.paragraph("h7 past the title")))))))
        .section("One again", s -> s.paragraph("same level"))));
    NODES.put("bullet-list", () -> fragment(a -> a.bulletList(l -> l.item("Water")
        .itemBlocks(b -> b.paragraph("Food").bulletList(n -> n.item("Light").item("Early"))))));
    NODES.put("ordered-list", () -> fragment(a -> a.orderedList(l -> l.item("First"))
        .orderedList(4, l -> l.item("Fourth").item("Fifth")).orderedList(0, l -> l.item("Zero"))));
    NODES.put("checklist", () -> fragment(a -> a.bulletList(l -> l.task(true, "Done")
        .task(false, "To do"))));
    NODES.put("callouts", () -> fragment(a -> {
      for (CalloutKind kind : CalloutKind.values()) {
        a.callout(kind, c -> c.paragraph("A " + kind.id() + "."));
      }
      a.callout(CalloutKind.WARNING, "When to call us", c -> c.bulletList(l -> l
          .item("Chest pain")));
    }));
    NODES.put("block-quote", () -> fragment(a -> a.quote(q -> q.paragraph("Quoted.")
        .paragraph("Twice."))));
    NODES.put("figure", () -> fragment(a -> a.figure("images/a b.png", "A chart", "Caption")
        .figure("decor.png", "").figure("javascript:alert(1)", "Unsafe source")));
    NODES.put("table", () -> fragment(a -> a.table(t -> t.caption("Doses").header("Drug", "mg",
        "When").row("Ketamine", "35").row("Water"))));
    NODES.put("code-block", () -> fragment(a -> a.code("sh", "\nls -l <dir> && echo \"ok\"\n")
        .code("", "plain")));
    NODES.put("thematic-break", () -> fragment(a -> a.paragraph("Before").thematicBreak()
        .paragraph("After")));
    NODES.put("links", () -> fragment(a -> a.paragraph(p -> p
        .inline(new Link("https://example.org/a?b=1&c=2", "Title \"quoted\"",
            List.of(new Text("web"))))
        .text(" ").link("mailto:a@example.org", "mail").text(" ").link("tel:+1555", "phone")
        .text(" ").link("../other.html#x", "relative").text(" ")
        .link("javascript:alert(1)", "unsafe").text(" ").link("https://x.org/a b", "space"))));
    NODES.put("cross-references", () -> fragment(a -> a.paragraph(p -> p
        .crossRef("golden", "part").text(", ").crossRef("golden").text(", ")
        .crossRef("other", "there", "labelled").text(", ").crossRef("missing"))
        .section("part", "The part", s -> s.paragraph("Here."))));
    NODES.put("footnotes", () -> fragment(a -> a.paragraph(p -> p.text("Claim")
        .note("First note.").text(" and ")
        .inline(new Link("https://example.org", List.of(new Text("a link"),
            new Note(List.of(Paragraph.of("Note inside a link.")))))))
        .paragraph(p -> p.inline(new Note(List.of(new Paragraph(List.<Inline>of(
            new Text("Outer"), new Note(List.of(Paragraph.of("Inner."))))))))
            .inline(new CrossRef("golden", "", List.of())))));

    OPTIONS.put("option-heading-start-3", () -> fragment(HtmlOptions.builder().headingStart(3)
        .build(), a -> a.section("Level four", s -> s.section("Level five", t -> t
        .section("Level six", u -> u.section("Past six", v -> v.paragraph("x")))))));
    OPTIONS.put("option-id-prefix", () -> fragment(HtmlOptions.builder().idPrefix("leaflet-")
        .build(), a -> a.paragraph(p -> p.crossRef("golden", "part").note("n")
        .crossRef("other", "there")).section("part", "Part", s -> s.paragraph("x"))));
    OPTIONS.put("option-class-prefix", () -> fragment(HtmlOptions.builder().classPrefix("x-")
        .build(), a -> a.callout(CalloutKind.TIP, c -> c.paragraph("Tip."))));
    OPTIONS.put("option-new-tab", () -> fragment(HtmlOptions.builder()
        .externalLinksNewTab(true).build(), a -> a.paragraph(p -> p
        .link("https://example.org", "external").text(" ").link("page.html", "internal"))));
    OPTIONS.put("option-link-resolver", () -> fragment(HtmlOptions.builder()
        .linkResolver(t -> "/leaflets/" + t.article() + (t.isArticle() ? "" : "#" + t.section()))
        .build(), a -> a.paragraph(p -> p.crossRef("other").text(" ")
        .crossRef("other", "there"))));
    OPTIONS.put("option-numbered", () -> Outputs.export(publication(true, a -> a
        .paragraph(p -> p.crossRef("other", "there")).section("One", s -> s.section("Sub",
            t -> t.paragraph("x")))), HtmlOptions.DEFAULTS).get("golden.fragment.html"));
    OPTIONS.put("standalone-article-page", () -> Outputs.export(publication(false, a -> a
        .section("One", s -> s.section("Sub", t -> t.paragraph("x"))).section("Two", s -> s
            .paragraph("y"))), HtmlOptions.DEFAULTS).get("golden.html"));
    OPTIONS.put("standalone-booklet-page", () -> Outputs.export(publication(true, a -> a
        .section("One", s -> s.paragraph("x"))), HtmlOptions.DEFAULTS).get("index.html"));
    OPTIONS.put("option-large-print", () -> Outputs.export(publication(false, a -> a
        .paragraph(p -> p.emphasis("x"))), HtmlOptions.builder().largePrint(true).build())
        .get("golden.html"));
  }

  @TestFactory
  Stream<DynamicTest> eachNodeTypeRendersAsPinnedInItsGoldenFile() {
    return goldens(NODES);
  }

  @TestFactory
  Stream<DynamicTest> eachOptionRendersAsPinnedInItsGoldenFile() {
    return goldens(OPTIONS);
  }

  private static Stream<DynamicTest> goldens(Map<String, Supplier<String>> cases) {
    return cases.entrySet().stream().map(c -> DynamicTest.dynamicTest(c.getKey(), () -> {
      String html = c.getValue().get();
      GoldenFiles.assertMatches(c.getKey() + ".html", html);
      String page = html.startsWith("<!DOCTYPE") ? html : NuChecker.wrap(html);
      assertThat(NuChecker.problems(page)).as("Nu HTML Checker").isEmpty();
    }));
  }

  @Test
  void theArticleRendererWritesWellFormedXhtmlWithEpubNoteSemantics() throws Exception {
    Publication publication = publication(false, a -> a.paragraph(p -> p.text("Claim")
        .note("A note.").lineBreak().crossRef("other", "there"))
        .figure("a.png", "Alt").thematicBreak());
    ArticleRenderer renderer = ArticleRenderer.builder()
        .linkResolver(t -> t.article() + ".xhtml#" + t.section())
        .epubNoteTypes(true).pageLanguage("en").build();
    StringBuilder body = new StringBuilder();
    renderer.render(publication.articles().get(0), ExportContext.of(publication),
        HtmlWriter.xhtml(body));
    GoldenFiles.assertMatches("option-xhtml-epub.xhtml", body.toString());
    String document = "<html xmlns=\"http://www.w3.org/1999/xhtml\" "
        + "xmlns:epub=\"http://www.idpf.org/2007/ops\"><body>" + body + "</body></html>";
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    assertThat(factory.newDocumentBuilder().parse(new ByteArrayInputStream(
        document.getBytes(StandardCharsets.UTF_8))).getElementsByTagName("a").getLength())
        .isEqualTo(3);
  }

  private static String fragment(Consumer<ArticleBuilder> content) {
    return fragment(HtmlOptions.DEFAULTS, content);
  }

  private static String fragment(HtmlOptions options, Consumer<ArticleBuilder> content) {
    return Outputs.export(publication(false, content), options).get("golden.fragment.html");
  }

  /** The article under test, and a second one to refer to. */
  private static Publication publication(boolean numbered, Consumer<ArticleBuilder> content) {
    ArticleBuilder golden = Article.builder("golden").title("Golden");
    content.accept(golden);
    Article other = Article.builder("other").title("Other")
        .section("there", "Over there", s -> s.paragraph("x")).build();
    return Publication.builder().title("Goldens").language("en").article(golden.build())
        .article(other).numbered(numbered).build();
  }
}
