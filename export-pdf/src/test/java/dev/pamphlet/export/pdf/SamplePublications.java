package dev.pamphlet.export.pdf;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.Publication;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import javax.imageio.ImageIO;

/** Publications the PDF tests share: content built in code, covering every node type. */
final class SamplePublications {
  private SamplePublications() {}

  /** A small PNG written to {@code folder}, for figures. */
  static Path png(Path folder) {
    Path file = folder.resolve("diagram.png");
    BufferedImage image = new BufferedImage(400, 200, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 400, 200);
    g.setColor(new Color(40, 90, 160));
    g.fillOval(50, 25, 300, 150);
    g.dispose();
    try {
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A small image in a format ImageIO writes ({@code "tiff"}, {@code "bmp"}, {@code "gif"}). */
  static Path image(Path folder, String format) {
    Path file = folder.resolve("diagram." + format);
    BufferedImage image = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(40, 90, 160));
    g.fillRect(5, 5, 50, 30);
    g.dispose();
    try {
      if (!ImageIO.write(image, format, file.toFile())) {
        throw new IllegalStateException("no ImageIO writer for " + format);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** A half-transparent PNG written to {@code folder}: embedded with a soft mask. */
  static Path translucentPng(Path folder) {
    Path file = folder.resolve("translucent.png");
    BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(new Color(200, 40, 40, 128));
    g.fillRect(10, 10, 100, 60);
    g.dispose();
    try {
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /** Two articles using every block and inline type, cross-referencing each other. */
  static Publication everything(Path image) {
    Article sessions = Article.builder("sessions")
        .title("What happens in a session")
        .summary("How a ketamine-assisted psychotherapy session runs, from arrival to home.")
        .metadata(m -> m.reviewed(LocalDate.of(2025, 3, 1)).author("Care Team")
            .keyword("ketamine").source("Clinic protocol 2025", "https://example.org/protocol"))
        .paragraph(p -> p.text("Plan for a calm day. Read ").crossRef("side-effects")
            .text(" first, and see ").crossRef("sessions", "afterwards").text(" for the ride home.")
            .note("Sessions last about two hours."))
        .section("Before you come", s -> s
            .paragraph(p -> p.text("Do not eat for ").strong("four hours").text(" before. ")
                .emphasis("Water is fine.").text(" Bring ").code("your medication list")
                .text("."))
            .orderedList(3, l -> l.item("Arrive early.").item("Check in at the desk.")
                .itemBlocks(b -> b.paragraph("Meet your therapist.")
                    .bulletList(n -> n.item("Talk about your intention.").item("Ask questions."))))
            .bulletList(l -> l.task(true, "Arrange a ride home").task(false, "Clear your evening")))
        .section("During the session", s -> s
            .callout(CalloutKind.WARNING, c -> c.paragraph("Tell staff at once if you feel chest "
                + "pain or cannot breathe well."))
            .quote(q -> q.paragraph("It felt like stepping back from my own thoughts."))
            .figure(image.toString(), "A blue oval showing the session room layout",
                "The treatment room.")
            .table(t -> t.caption("Typical timing").header("Phase", "Minutes")
                .row("Arrival", "15").row("Dosing and rest", "60").row("Recovery", "45"))
            .code("", "Clinic line: 555-0100\n  (staffed 8am-6pm)")
            .thematicBreak()
            .paragraph(p -> p.text("More at ").link("https://example.org/ketamine",
                "our website").text(".")))
        .section("afterwards", "Afterwards", s -> s
            .paragraph("Rest for the rest of the day. Someone must drive you home."))
        .build();
    Article effects = Article.builder("side-effects")
        .title("Side effects")
        .paragraph("Most side effects pass within two hours.")
        .section("Common effects", s -> s
            .bulletList(l -> l.item("Dizziness").item("Nausea").item("Feeling detached")))
        .section("When to call us", s -> s
            .paragraph(p -> p.text("Call if anything worries you. See ")
                .crossRef("sessions", "before-you-come").text(".")))
        .build();
    return Publication.builder().title("Ketamine-assisted therapy")
        .metadata(m -> m.organization("Riverside Clinic", "555-0100")
            .reviewed(LocalDate.of(2025, 3, 1)).language("en"))
        .article(sessions).article(effects).build();
  }
}
