package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.testing.FuzzContent;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Any Markdown text exports to PDF (handout and booklet) without an exception (errors in the
 * content included: they are exported anyway, as {@code --allow-errors} does) and within its
 * time bound; when the content has no error, veraPDF passes the handout for PDF/UA-1 and
 * PDF/A-2u (every kept input, and a sample while fuzzing).
 *
 * <p>The normal build replays the kept inputs in {@code MarkdownToPdfFuzzTestInputs/}; how to
 * fuzz for longer is in {@code core/src/test/FUZZING.md}.
 */
class MarkdownToPdfFuzzTest {
  private static final PdfExporter PDF = new PdfExporter(PdfOptions.DEFAULTS);

  @FuzzTest
  void anyMarkdownExportsToValidPdf(byte[] input) {
    FuzzContent.bounded(() -> {
      FuzzContent.Read read = FuzzContent.markdown(input);
      InMemoryOutput out = new InMemoryOutput();

      ExportReport report = PDF.export(read.publication(), read.sourceMap(), out,
          ErrorPolicy.EXPORT_ANYWAY);

      String id = read.publication().articles().get(0).id();
      byte[] handout = out.file("handouts/" + id + ".pdf");
      assertThat(out.file("booklet.pdf")).isNotEmpty();
      if (read.errorFree(report.diagnostics()) && FuzzContent.sampled(input, 50)) {
        assertThat(VeraPdf.failures(handout, PDFAFlavour.PDFUA_1)).as("PDF/UA-1").isEmpty();
        assertThat(VeraPdf.failures(handout, PDFAFlavour.PDFA_2_U)).as("PDF/A-2u").isEmpty();
      }
    });
  }
}
