package dev.pamphlet.core.json;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Organization;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.model.ThematicBreak;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The model behind each exact JSON fixture: one small article per node type (an inline inside a
 * paragraph), with every field of the type given, plus a full publication.
 */
final class FixtureModels {

  private FixtureModels() {}

  /** Fixture name (the node's type name) → the article it holds. */
  static Map<String, Article> articles() {
    Map<String, Article> articles = new LinkedHashMap<>();
    articles.put("section", article("section", new Section("dosing", text("Dosing"), List.of(
        Paragraph.of("Your dose depends on your weight."),
        new Section("missed-dose", text("If you miss a dose"), List.of())))));
    articles.put("paragraph", article("paragraph", Paragraph.of("Rest after each session.")));
    articles.put("bullet-list", article("bullet-list", new BulletList(List.of(
        item(CheckState.NONE, "Nausea"),
        item(CheckState.UNCHECKED, "Arrange a ride home"),
        item(CheckState.CHECKED, "Eat a light meal")))));
    articles.put("ordered-list", article("ordered-list", new OrderedList(3, List.of(
        item(CheckState.NONE, "Sit down"),
        new ListItem(List.of(Paragraph.of("Breathe slowly"),
            new OrderedList(List.of(item(CheckState.NONE, "In for four"))))))),
        new OrderedList(List.of(item(CheckState.NONE, "Numbered from one")))));
    articles.put("callout", article("callout",
        new Callout(CalloutKind.WARNING, "When to call your doctor",
            List.of(Paragraph.of("Call us if you have chest pain."))),
        new Callout(CalloutKind.TIP, "", List.of(Paragraph.of("Bring a blanket.")))));
    articles.put("block-quote", article("block-quote",
        new BlockQuote(List.of(Paragraph.of("It felt like a fog lifting.")))));
    articles.put("figure", article("figure",
        new Figure("images/brain-networks.png", "Two brain networks, before and after",
            text("Networks become more flexible.")),
        new Figure("images/untitled.png", "", List.of())));
    articles.put("table", article("table", new Table(
        List.of(row("Time", "What happens")),
        List.of(row("0–40 min", "Treatment"), row("40–120 min", "Rest")),
        text("A typical session"))));
    articles.put("code-block", article("code-block",
        new CodeBlock("text", "Clinic: 555-0100\nFax: 555-0101\n"),
        new CodeBlock("", "plain")));
    articles.put("thematic-break", article("thematic-break", Paragraph.of("Before."),
        new ThematicBreak(), Paragraph.of("After.")));
    articles.put("text", article("text",
        paragraph(new Text("Quotes \" and backslashes \\, tabs\t, emoji 🧠 and é."))));
    articles.put("emphasis", article("emphasis",
        paragraph(new Emphasis(List.of(new Text("do not"), new Strong(text("drive")))))));
    articles.put("strong", article("strong", paragraph(new Strong(text("Stop eating"))),
        paragraph(new Strong(List.of()))));
    articles.put("code", article("code", paragraph(new Text("Dial "), new Code("911"))));
    articles.put("link", article("link",
        paragraph(new Link("https://example.org/ketamine", "Ketamine facts", text("facts"))),
        paragraph(new Link("tel:+15550100", List.of()))));
    articles.put("cross-ref", article("cross-ref",
        paragraph(new CrossRef("neuroplasticity", "what-is-it", text("how the brain adapts"))),
        paragraph(new CrossRef("depression", ""))));
    articles.put("note", article("note", paragraph(new Text("Effects last days"),
        new Note(List.of(Paragraph.of("In most studies."))), new Text("."))));
    articles.put("line-break", article("line-break",
        paragraph(new Text("12 Main Street"), new LineBreak(), new Text("Springfield"))));
    return articles;
  }

  /** Metadata with every field given. */
  static Metadata fullMetadata() {
    return new Metadata("Ketamine-assisted therapy", "What to expect", "How a session goes.",
        List.of("A. Writer", "B. Reviewer"), "en-GB",
        new Organization("Riverside Clinic", "555-0100, 1 River Road"),
        Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(LocalDate.of(2027, 3, 1)),
        List.of("ketamine", "depression"),
        List.of(new Citation("Smith J. Ketamine and mood. 2024.", "https://example.org/s"),
            new Citation("Clinic leaflet, 2023.", "")),
        "images/cover.png");
  }

  /** A publication using the publication-level fields, holding two articles. */
  static Publication publication() {
    Article first = new Article("ketamine", fullMetadata(), List.of(
        new Section("what-to-expect", text("What to expect"), List.of(
            paragraph(new Text("See "), new CrossRef("aftercare", "", List.of()))))));
    Article second = new Article("aftercare",
        Metadata.builder().title("Aftercare").organization("", "Ask at the desk").build(),
        List.of(Paragraph.of("Rest today.")));
    return new Publication(
        Metadata.builder().title("Your treatment").language("en").build(),
        List.of(first, second), true);
  }

  private static Article article(String id, Block... blocks) {
    return new Article(id, Metadata.builder().title("Fixture: " + id).build(), List.of(blocks));
  }

  private static List<Inline> text(String text) {
    return List.of(new Text(text));
  }

  private static Paragraph paragraph(Inline... inlines) {
    return new Paragraph(List.of(inlines));
  }

  private static ListItem item(CheckState check, String text) {
    return new ListItem(check, List.of(Paragraph.of(text)));
  }

  private static TableRow row(String... cells) {
    return new TableRow(List.of(cells).stream().map(TableCell::of).toList());
  }
}
