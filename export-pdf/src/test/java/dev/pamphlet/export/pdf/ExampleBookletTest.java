package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.load.SourceLoader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Samples;
import dev.pamphlet.core.xref.Index;
import dev.pamphlet.core.xref.Target;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The example booklet in {@code examples/}, exported and read back. The PDFs are also left in
 * {@code export-pdf/target/example-pdfs/} for people to look at.
 */
class ExampleBookletTest {
  static Publication publication;
  static Map<String, byte[]> files;
  static ExportReport report;

  @BeforeAll
  static void export() throws Exception {
    ReadResult<Publication> read = SourceLoader.create().load(List.of(Samples.examplesDir()));
    publication = read.value();
    InMemoryOutput out = new InMemoryOutput();
    report = new PdfExporter().export(publication, read.sourceMap(), out, ErrorPolicy.REFUSE);
    files = out.files();
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = Path.of("target", "example-pdfs", file.getKey());
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }

  @Test
  void everyArticleGetsAHandoutAndNothingIsReported() {
    assertThat(files).hasSize(publication.articles().size() + 1);
    assertThat(report.diagnostics()).extracting(Diagnostic::code)
        .noneMatch(code -> code.startsWith("pdf."));
  }

  @Test
  void everyExamplePdfPassesPdfUaAndPdfA() {
    files.forEach((path, pdf) -> {
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).as(path + " PDF/UA-1").isEmpty();
      assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).as(path + " PDF/A-2u").isEmpty();
    });
  }

  @Test
  void noGlyphOfAnyExampleLiesOutsideTheContentBox() throws Exception {
    for (byte[] pdf : files.values()) {
      ReadBack.assertInsideContentBox(pdf, PdfOptions.DEFAULTS.layoutSettings());
    }
  }

  @Test
  void theTextOfEveryHandoutComesBackWithItsSectionsInReadingOrder() throws Exception {
    Index index = Index.of(publication);
    for (Article article : publication.articles()) {
      String text = ReadBack.text(files.get("handouts/" + article.id() + ".pdf"))
          .replaceAll("\\s+", " ");
      List<String> titles = new ArrayList<>(List.of(collapse(article.title())));
      index.sections(article.id()).forEach(s -> titles.add(collapse(s.title())));
      assertThat(text).as(article.id()).containsSubsequence(titles);
    }
  }

  @Test
  void eachHandoutsStructureTreeMatchesItsModel() throws Exception {
    for (Article article : publication.articles()) {
      try (PDDocument document = ReadBack.open(files.get("handouts/" + article.id() + ".pdf"))) {
        List<String> roles = ReadBack.roles(document);
        Map<String, Integer> expected = ModelCounts.expected(article.blocks());
        // The endnotes and the sources are sections of their own.
        int endMatter = (roles.contains("Note") ? 1 : 0)
            + (publication.effectiveMetadata(article).sources().isEmpty() ? 0 : 1);
        expected.merge("Sect", endMatter, Integer::sum);
        expected.forEach((role, count) ->
            assertThat(roles.stream().filter(role::equals).count())
                .as(article.id() + " " + role).isEqualTo(count.longValue()));
        assertThat(roles.get(0)).isEqualTo("Document");
        assertThat(roles).filteredOn("H1"::equals).hasSize(1);
      }
    }
  }

  @Test
  void eachHandoutsOutlineMatchesItsSections() throws Exception {
    Index index = Index.of(publication);
    for (Article article : publication.articles()) {
      try (PDDocument document = ReadBack.open(files.get("handouts/" + article.id() + ".pdf"))) {
        List<String> outline = new ArrayList<>();
        walk(document.getDocumentCatalog().getDocumentOutline().getFirstChild(), outline);
        List<String> expected = new ArrayList<>(List.of(article.title()));
        index.sections(article.id()).stream().map(Target::title).forEach(expected::add);
        assertThat(outline).as(article.id()).startsWith(expected.toArray(String[]::new));
      }
    }
  }

  @Test
  void everyInternalLinkInTheBookletLandsOnThePageShowingItsTarget() throws Exception {
    try (PDDocument document = ReadBack.open(files.get("booklet.pdf"))) {
      int checked = 0;
      for (int i = 0; i < document.getNumberOfPages(); i++) {
        for (PDAnnotation annotation : document.getPage(i).getAnnotations()) {
          PDAnnotationLink link = (PDAnnotationLink) annotation;
          int target = ReadBack.targetPage(document, link);
          if (target > 0) {
            String quoted = link.getContents().replaceAll(".*\u201C(.*)\u201D.*", "$1");
            String page = pageText(document, target).replaceAll("\\s+", " ");
            String title = quoted.startsWith("Note ") ? "" : collapse(quoted);
            assertThat(page).as(link.getContents()).contains(title);
            checked++;
          }
        }
      }
      assertThat(checked).isGreaterThanOrEqualTo(publication.articles().size());
    }
  }

  private static String pageText(PDDocument document, int page) throws Exception {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(document);
  }

  private static String collapse(String text) {
    return text.replaceAll("\\s+", " ").strip();
  }

  private static void walk(PDOutlineItem item, List<String> titles) {
    for (PDOutlineItem current = item; current != null; current = current.getNextSibling()) {
      titles.add(current.getTitle());
      walk(current.getFirstChild(), titles);
    }
  }
}
