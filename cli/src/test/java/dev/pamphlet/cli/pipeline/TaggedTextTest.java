package dev.pamphlet.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.pdf.PdfExporter;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * How the nothing-lost check reads a PDF ({@link TaggedText}): in reading order whatever the
 * drawing order, words kept apart where the page keeps them apart, artifacts left out.
 */
class TaggedTextTest {
  private static String read(Article article) throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    new PdfExporter().export(Publication.of(article), out);
    return Rendered.pdf(out.file("handouts/" + article.id() + ".pdf")).text();
  }

  @Test
  void aMixedRightToLeftLineIsReadInReadingOrderByItsActualText() throws IOException {
    String sentence = "PDF הוא פורמט, והטיפול נמשך 40 דקות.";
    String text = read(Article.builder("he").title("סדר").language("he").paragraph(sentence)
        .paragraph(p -> p.text("مرحبا").strong("12").text(" b مرحبا")).build());
    assertThat(text).contains(sentence, "مرحبا12 b مرحبا");
  }

  @Test
  void cellsOfOneRowAndLinesOfOneParagraphAreNotJoined() throws IOException {
    String text = read(Article.builder("t").title("Table")
        .table(t -> t.header("alpha", "beta").row("gamma", "delta"))
        .paragraph("word ".repeat(60).strip()).build());
    assertThat(text).contains("alpha\nbeta", "gamma\ndelta").doesNotContain("wordword");
  }

  @Test
  void theRunningHeaderAndFooterAreNotRead() throws IOException {
    assertThat(read(Article.builder("f").title("Furniture").paragraph("Body.").build()))
        .doesNotContain("Page 1 of");
  }
}
