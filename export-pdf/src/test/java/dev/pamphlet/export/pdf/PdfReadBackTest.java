package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Publication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The handout and booklet of the sample publication, read back with PDFBox. */
class PdfReadBackTest {
  @TempDir
  static Path folder;

  static Publication publication;
  static InMemoryOutput out;
  static ExportReport report;

  @BeforeAll
  static void export() throws Exception {
    publication = SamplePublications.everything(SamplePublications.png(folder));
    out = new InMemoryOutput();
    report = new PdfExporter().export(publication, out);
  }

  @Test
  void writesAHandoutPerArticleAndABooklet() {
    assertThat(out.files().keySet()).containsExactly("booklet.pdf", "handouts/sessions.pdf",
        "handouts/side-effects.pdf");
    assertThat(report.diagnostics()).isEmpty();
  }

  @Test
  void theTextComesBackInReadingOrder() throws Exception {
    String text = ReadBack.text(out.file("handouts/sessions.pdf"));
    assertThat(text).containsSubsequence("What happens in a session", "Plan for a calm day",
        "Before you come", "Do not eat for four hours before.", "3. Arrive early.",
        "5. Meet your therapist.", "Talk about your intention.", "Arrange a ride home",
        "During the session", "Warning", "Tell staff at once", "stepping back",
        "The treatment room.", "Typical timing", "Phase", "Arrival", "Recovery",
        "Clinic line: 555-0100", "our website (https://example.org/ketamine)", "Afterwards",
        "Rest for the rest of the day.", "Notes", "1.", "Sessions last about two hours.",
        "Sources", "Clinic protocol 2025");
  }

  @Test
  void theRunningHeaderAndFooterNameTheClinicTheArticleThePageAndTheReviewDate()
      throws Exception {
    String text = ReadBack.text(out.file("handouts/sessions.pdf"));
    assertThat(text).contains("Riverside Clinic", "Page 1 of 2", "Page 2 of 2",
        "Reviewed 2025-03-01");
  }

  @Test
  void noGlyphLiesOutsideTheContentBoxExceptThePageFurniture() throws Exception {
    for (byte[] pdf : out.files().values()) {
      ReadBack.assertInsideContentBox(pdf, PdfOptions.DEFAULTS.layoutSettings());
    }
  }

  @Test
  void linksAreClickableAndCrossReferencesGoToTheirTargetsPage() throws Exception {
    try (PDDocument document = ReadBack.open(out.file("handouts/sessions.pdf"))) {
      List<String> uris = new ArrayList<>();
      int target = 0;
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          PDAnnotationLink link = (PDAnnotationLink) annotation;
          assertThat(link.getContents()).isNotBlank();
          if (link.getAction() instanceof PDActionURI uri) {
            uris.add(uri.getURI());
          } else if (link.getContents().contains("Afterwards")) {
            target = ReadBack.targetPage(document, link);
          }
        }
      }
      assertThat(uris).contains("https://example.org/ketamine", "https://example.org/protocol");
      assertThat(target).isEqualTo(2);
      assertThat(ReadBack.text(out.file("handouts/sessions.pdf")))
          .contains("Afterwards (page 2)");
    }
  }

  @Test
  void theBookletLinksCrossReferencesBetweenArticles() throws Exception {
    try (PDDocument document = ReadBack.open(out.file("booklet.pdf"))) {
      int sideEffectsPage = -1;
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        for (PDAnnotation annotation : document.getPage(i).getAnnotations()) {
          PDAnnotationLink link = (PDAnnotationLink) annotation;
          if (link.getContents().startsWith("Go to \u201CSide effects\u201D")) {
            sideEffectsPage = ReadBack.targetPage(document, link);
          }
        }
      }
      assertThat(sideEffectsPage).isGreaterThan(1);
      String text = ReadBack.text(out.file("booklet.pdf"));
      assertThat(text).contains("Side effects (page " + sideEffectsPage + ")");
      assertThat(text).containsSubsequence("Contents", "What happens in a session 3",
          "Before you come 3", "During the session", "Afterwards",
          "Side effects " + sideEffectsPage, "Common effects " + sideEffectsPage,
          "When to call us");
    }
  }

  @Test
  void theBookletsCoverHasNoRunningHeaderOrFooterButTheOtherPagesDo() throws Exception {
    try (PDDocument document = ReadBack.open(out.file("booklet.pdf"))) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      assertThat(stripper.getText(document)).contains("Ketamine-assisted therapy")
          .doesNotContain("Page 1 of");
      stripper.setStartPage(2);
      stripper.setEndPage(2);
      assertThat(stripper.getText(document)).contains("Contents",
          "Page 2 of " + document.getNumberOfPages());
    }
  }

  @Test
  void datesComeFromTheReviewedDateNotTheClock() throws Exception {
    try (PDDocument document = ReadBack.open(out.file("handouts/sessions.pdf"))) {
      var info = document.getDocumentInformation();
      assertThat(info.getCreationDate().toInstant())
          .isEqualTo(java.time.Instant.parse("2025-03-01T00:00:00Z"));
      assertThat(info.getModificationDate()).isEqualTo(info.getCreationDate());
      assertThat(info.getAuthor()).isEqualTo("Care Team");
      assertThat(info.getKeywords()).isEqualTo("ketamine");
    }
  }

  @Test
  void theOutlineMatchesTheSections() throws Exception {
    try (PDDocument document = ReadBack.open(out.file("handouts/sessions.pdf"))) {
      PDOutlineItem title = document.getDocumentCatalog().getDocumentOutline().getFirstChild();
      assertThat(title.getTitle()).isEqualTo("What happens in a session");
      List<String> sections = new ArrayList<>();
      title.children().forEach(item -> sections.add(item.getTitle()));
      assertThat(sections).containsExactly("Before you come", "During the session",
          "Afterwards", "Notes", "Sources");
    }
  }

  @Test
  void theStructureTreeFollowsTheModel() throws Exception {
    try (PDDocument document = ReadBack.open(out.file("handouts/sessions.pdf"))) {
      List<String> roles = ReadBack.roles(document);
      assertThat(roles.get(0)).isEqualTo("Document");
      assertThat(roles).containsSubsequence("H1", "P", "P", "Link", "Sect", "H2", "P", "L",
          "LI", "Lbl", "LBody", "P", "L", "LI", "Lbl", "LBody", "Sect", "H2", "Div",
          "BlockQuote", "Figure", "Table", "Caption", "TR", "TH", "TH", "TR", "TD", "TD",
          "Code", "Link", "Sect", "H2", "Note");
      PDStructureElement figure = ReadBack.elements(document).stream()
          .filter(e -> e.getStructureType().equals("Figure")).findFirst().orElseThrow();
      assertThat(figure.getAlternateDescription())
          .isEqualTo("A blue oval showing the session room layout");
      assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
      assertThat(document.getDocumentInformation().getTitle())
          .isEqualTo("What happens in a session");
    }
  }
}
