package dev.pamphlet.core.testing;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.Text;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sample content for tests, shipped in the core test-jar for every module.
 *
 * <p>{@link #everyNode()} is the publication exporters are held to: it uses every block and
 * inline type, every callout kind and check state, and full metadata, and it validates with no
 * errors and no warnings. {@link #markers()} names a phrase from each kind of node, so an
 * exporter's test can check that nothing was dropped.
 */
public final class Samples {
  /** The system property the build sets to the examples folder (see the parent pom). */
  public static final String EXAMPLES_PROPERTY = "pamphlet.examples";

  /** The ids of {@link #everyNode()}'s articles, in order. */
  public static final List<String> ARTICLE_IDS = List.of("before-your-session",
      "after-your-session");

  private Samples() {}

  /**
   * A two-article, numbered publication using every node type: sections nested two deep with
   * explicit and generated ids, paragraphs with every inline, bullet and checklist items,
   * nested lists, an ordered list starting at 3, a callout of every kind, a quote, a figure
   * with a caption, a table with a caption, a code block, a thematic break, a footnote holding
   * a list, and cross-references between the articles and to sections.
   */
  public static Publication everyNode() {
    return Publication.builder()
        .title("Ketamine care: a sample booklet")
        .language("en")
        .metadata(m -> m.subtitle("Before and after your session")
            .summary("What to expect from ketamine-assisted therapy at our clinic.")
            .author("Riverside Clinic care team")
            .organization("Riverside Clinic", "Call 555-0100 · 1 Main Street")
            .reviewed(LocalDate.of(2026, 1, 15))
            .nextReview(LocalDate.of(2027, 1, 15))
            .keyword("ketamine").keyword("psychotherapy")
            .source("Example clinical guideline, 2025", "https://example.org/guideline")
            .cover("images/cover.png"))
        .numbered(true)
        .article(before())
        .article(after())
        .build();
  }

  private static Article before() {
    return Article.builder("before-your-session")
        .title("Before your session")
        .summary("How to prepare, and what to bring.")
        .language("en")
        .metadata(m -> m.subtitle("Preparing for your visit")
            .author("Dr. Ada Example").author("Sam Nurse")
            .organization("Riverside Clinic", "Call 555-0100")
            .reviewed(LocalDate.of(2026, 1, 15))
            .nextReview(LocalDate.of(2027, 1, 15))
            .keyword("preparation")
            .source("Sample patient leaflet", "https://example.org/leaflet"))
        .paragraph(p -> p.text("Plain text marker, ")
            .emphasis("emphasis marker")
            .text(", ")
            .strong("strong marker")
            .text(", ")
            .code("code-marker")
            .text(", ")
            .inline(new Link("https://example.org/visit", "Visiting us",
                List.of(new Text("link marker"))))
            .text(", ")
            .inline(new Strong(List.of(new Text("nested "), new Emphasis(List.of(
                new Text("strong emphasis")))))))
        .paragraph(p -> p.text("See ")
            .crossRef("after-your-session")
            .text(" and ")
            .crossRef("after-your-session", "warning-signs", "crossref label marker")
            .text(", and ")
            .crossRef("before-your-session", "what-to-bring")
            .text(".")
            .note(n -> n.paragraph("Footnote marker: for example")
                .bulletList(l -> l.item("footnote list item").item("another item")))
            .lineBreak()
            .text("After the line break marker."))
        .section("What to bring", s -> s
            .paragraph("Pack these the night before.")
            .bulletList(l -> l
                .task(true, "checked item marker")
                .task(false, "unchecked item marker")
                .item(CheckState.NONE, b -> b.paragraph("bullet item marker")
                    .bulletList(inner -> inner.item("nested bullet marker")
                        .itemBlocks(deeper -> deeper.paragraph("three deep")
                            .orderedList(o -> o.item("nested ordered marker")))))))
        .section("on-the-day", "On the day", s -> s
            .orderedList(3, l -> l.item("ordered item marker").item("fourth step"))
            .callout(CalloutKind.NOTE, c -> c.paragraph("note callout marker"))
            .callout(CalloutKind.TIP, c -> c.paragraph("tip callout marker"))
            .callout(CalloutKind.IMPORTANT, c -> c.paragraph("important callout marker"))
            .callout(CalloutKind.WARNING, "When to call us",
                c -> c.paragraph("warning callout marker"))
            .callout(CalloutKind.CAUTION, c -> c.paragraph("caution callout marker"))
            .quote(q -> q.paragraph("quote marker: it felt calmer than I expected"))
            .section("The room", sub -> sub
                .paragraph("Subsection marker: a quiet room with a reclining chair.")
                .figure("images/room.png", "A reclining chair beside a window",
                    "figure caption marker")))
        .build();
  }

  private static Article after() {
    return Article.builder("after-your-session")
        .title("After your session")
        .summary("The first hours and days after treatment.")
        .language("en")
        .metadata(m -> m.author("Dr. Ada Example")
            .organization("Riverside Clinic", "Call 555-0100")
            .reviewed(LocalDate.of(2026, 1, 15))
            .nextReview(LocalDate.of(2027, 1, 15))
            .keyword("recovery")
            .source("Sample recovery leaflet", "https://example.org/recovery"))
        .paragraph(p -> p.text("Read ")
            .crossRef("before-your-session")
            .text(" first, especially ")
            .crossRef("before-your-session", "on-the-day")
            .text("."))
        .section("The first hours", s -> s
            .table(t -> t.header("Time", "What you may feel")
                .row("0–2 hours", "table cell marker")
                .row("2–24 hours", "Tired")
                .caption("table caption marker"))
            .block(markupTable())
            .code("text", "code block marker\n  second line kept")
            .thematicBreak()
            .paragraph("After the thematic break."))
        .section("warning-signs", "Warning signs", s -> s
            .callout(CalloutKind.WARNING, c -> c.paragraph(p -> p.text("Call ")
                .inline(new Link("tel:+15550100", List.of(new Text("555-0100"))))
                .text(" or ")
                .inline(new Link("mailto:care@example.org", List.of(new Text("e-mail us"))))
                .text(" if you feel unwell."))))
        .build();
  }

  /** A table whose cells and caption carry inline markup, and whose rows differ in width. */
  private static Table markupTable() {
    return new Table(
        List.of(new TableRow(List.of(TableCell.of("Sign"), TableCell.of("Do")))),
        List.of(new TableRow(List.of(
                new TableCell(List.of(new Strong(List.of(new Text("Chest pain"))))),
                new TableCell(List.of(new Text("Call "), new Emphasis(List.of(
                    new Text("911"))))))),
            new TableRow(List.of(TableCell.of("Anything else")))),
        List.of(new Text("Signs to act on")));
  }

  /**
   * A phrase from each kind of node in {@link #everyNode()}, by node kind: an exporter's test
   * may check that each appears in its output. Phrases are plain ASCII words.
   */
  public static Map<String, String> markers() {
    Map<String, String> markers = new LinkedHashMap<>();
    markers.put("text", "Plain text marker");
    markers.put("emphasis", "emphasis marker");
    markers.put("strong", "strong marker");
    markers.put("code", "code-marker");
    markers.put("link", "link marker");
    markers.put("crossRef", "crossref label marker");
    markers.put("note", "Footnote marker");
    markers.put("lineBreak", "After the line break marker");
    markers.put("section", "What to bring");
    markers.put("subsection", "Subsection marker");
    markers.put("checkedItem", "checked item marker");
    markers.put("uncheckedItem", "unchecked item marker");
    markers.put("bulletItem", "bullet item marker");
    markers.put("nestedBullet", "nested bullet marker");
    markers.put("nestedOrdered", "nested ordered marker");
    markers.put("orderedItem", "ordered item marker");
    markers.put("noteCallout", "note callout marker");
    markers.put("tipCallout", "tip callout marker");
    markers.put("importantCallout", "important callout marker");
    markers.put("warningCallout", "warning callout marker");
    markers.put("calloutTitle", "When to call us");
    markers.put("cautionCallout", "caution callout marker");
    markers.put("quote", "quote marker");
    markers.put("figureCaption", "figure caption marker");
    markers.put("tableCell", "table cell marker");
    markers.put("tableCaption", "table caption marker");
    markers.put("codeBlock", "code block marker");
    markers.put("articleTitle", "After your session");
    return markers;
  }

  /**
   * The examples folder of the repository (booklet.yaml and its articles), from the system
   * property {@value #EXAMPLES_PROPERTY} that the parent pom's surefire configuration sets.
   *
   * @throws IllegalStateException when the property is not set or the folder does not exist
   */
  public static Path examplesDir() {
    String value = System.getProperty(EXAMPLES_PROPERTY, "");
    if (value.isBlank()) {
      throw new IllegalStateException("system property " + EXAMPLES_PROPERTY
          + " is not set; run the tests through Maven, or pass -D" + EXAMPLES_PROPERTY
          + "=<repository>/examples");
    }
    Path dir = Path.of(value);
    if (!Files.isDirectory(dir)) {
      throw new IllegalStateException(EXAMPLES_PROPERTY + " points at " + dir
          + ", which is not a folder");
    }
    return dir;
  }
}
