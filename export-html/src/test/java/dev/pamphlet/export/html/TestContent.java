package dev.pamphlet.export.html;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.Publication;
import java.time.LocalDate;

/** Publications built in code for the tests: every node type, with every kind of link. */
final class TestContent {
  private TestContent() {}

  /** A two-article booklet using every block and inline type. */
  static Publication everyNode(boolean numbered) {
    Article first = Article.builder("ketamine-basics")
        .title("Ketamine-assisted therapy: the basics")
        .summary("What happens in a session, and how to prepare.")
        .metadata(m -> m.subtitle("A guide for patients").source("Krystal JH et al. 2019",
            "https://example.org/krystal-2019"))
        .paragraph(p -> p.text("Read this before your first session. It covers ")
            .emphasis("what to expect").text(", ").strong("how to prepare").text(" and ")
            .crossRef("ketamine-basics", "after-the-session").text("."))
        .section("Before the session", s -> s
            .paragraph(p -> p.text("Do not eat for ").code("4 hours").text(" before.")
                .note("Clear fluids are fine up to 2 hours before."))
            .bulletList(l -> l.task(true, "Read this leaflet").task(false, "Arrange a driver")
                .item(CheckState.UNCHECKED, b -> b.paragraph("Write down questions")
                    .paragraph("Bring them to the session.")))
            .orderedList(3, l -> l.item("Arrive 15 minutes early.").item("Bring a driver."))
            .callout(CalloutKind.WARNING, "Call us first", c -> c
                .paragraph("If you take blood pressure medicine, call the clinic.")))
        .section("During the session", s -> s
            .paragraph(p -> p.text("You lie down in a quiet room.").lineBreak()
                .text("A nurse stays with you."))
            .quote(q -> q.paragraph("It felt like floating. — a patient"))
            .figure("images/room.jpg", "A quiet treatment room with a reclining chair",
                "The treatment room")
            .table(t -> t.caption("Typical timing").header("Step", "Minutes")
                .row("Check-in", "15").row("Infusion", "40").row("Recovery")))
        .section("after-the-session", "After the session", s -> s
            .paragraph(p -> p.text("See ").crossRef("neuroplasticity")
                .text(" and ").crossRef("neuroplasticity", "how-it-works", "how it works")
                .text(", or ").link("https://example.org/guide", "the full guide")
                .text(". Call ").link("tel:+15550100", "555-0100")
                .text(" or write to ").link("mailto:care@example.org", "care@example.org")
                .text("."))
            .code("text", "Day 1: rest\nDay 2: light activity\n")
            .thematicBreak()
            .section("Deeper", d -> d.section("Deeper still", e -> e.section("Level four", f ->
                f.section("Level five", g -> g.section("Level six", h -> h
                    .paragraph("Six levels deep: the article title is level one.")
                    .section("Level seven", i -> i.paragraph("Past h6.")))))))
            .callout(CalloutKind.NOTE, c -> c.paragraph("Side effects pass within hours."))
            .callout(CalloutKind.TIP, c -> c.paragraph("Wear comfortable clothes."))
            .callout(CalloutKind.IMPORTANT, c -> c.paragraph("Plan the rest of the day off."))
            .callout(CalloutKind.CAUTION, c -> c.paragraph("Do not drive until tomorrow."))
            .bulletList(l -> l.item("Nausea").itemBlocks(b -> b.paragraph("Dizziness")
                .bulletList(n -> n.item("Sit down slowly").item("Drink water")))))
        .build();
    Article second = Article.builder("neuroplasticity")
        .title("Neuroplasticity")
        .language("en")
        .paragraph(p -> p.text("The brain keeps changing.")
            .note("See the first article.").text(" Back to ").crossRef("ketamine-basics"))
        .section("how-it-works", "How it works", s -> s.paragraph("New connections form."))
        .build();
    return Publication.builder()
        .title("Ketamine-assisted psychotherapy")
        .language("en")
        .metadata(m -> m.organization("Riverside Clinic", "555-0100, 1 River Road")
            .reviewed(LocalDate.of(2026, 1, 10)).nextReview(LocalDate.of(2027, 1, 10)))
        .article(first)
        .article(second)
        .numbered(numbered)
        .build();
  }
}
