package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Losses the pipeline-wide nothing-lost property (in the command module) found in the PDF,
 * kept as rules: what it generated, reduced to the node that exposed each.
 */
class NothingLostRegressionTest {
  private static InMemoryOutput export(Publication publication, List<Diagnostic> reported)
      throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    ExportReport report = new PdfExporter().export(publication, SourceMap.EMPTY, out,
        ErrorPolicy.EXPORT_ANYWAY);
    reported.addAll(report.diagnostics());
    return out;
  }

  @Test
  void anUntitledSectionWhoseIdNoFontCanDrawIsPrintedAndReportedNotAnException()
      throws Exception {
    // An untitled heading shows its id; the id "要点" used to go to the font unchecked.
    Article article = new Article("notes", Article.builder("notes").title("Notes").build()
        .metadata(), List.of(new Section("要点", List.of(), List.of(new Paragraph(List.of(
            new Text("Under an untitled heading.")))))));
    List<Diagnostic> reported = new java.util.ArrayList<>();
    InMemoryOutput out = export(Publication.of(article), reported);
    assertThat(ReadBack.text(out.file("handouts/notes.pdf")))
        .contains("Under an untitled heading.");
    assertThat(reported).extracting(Diagnostic::code).contains("pdf.missing-glyph");
  }

  @Test
  void aReferenceWhoseLabelDrawsNothingShowsItsTargetAndItsPage() throws Exception {
    // A label of a control character drew no glyph, so the layout never learnt the
    // reference's page and printed the first pass's placeholder "(page 00)".
    Article article = Article.builder("care").title("Care")
        .block(new Paragraph(List.of(new Text("See "), new CrossRef("care", "rest",
            List.of(new Text("\u0016"))), new Text("."))))
        .section("rest", "Rest at home", s -> s.paragraph("Lie down."))
        .build();
    InMemoryOutput out = export(Publication.of(article), new java.util.ArrayList<>());
    String text = ReadBack.text(out.file("handouts/care.pdf"));
    assertThat(text).doesNotContain("page 00").contains("See Rest at home");
  }
}
