package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Publication;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** Every PDF the exporter writes passes veraPDF for PDF/UA-1 and PDF/A-2u, with 0 failures. */
class StandardsConformanceTest {
  @TempDir
  Path folder;

  private InMemoryOutput export(PdfOptions options, Publication publication) throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    new PdfExporter(options).export(publication, out);
    return out;
  }

  @Test
  void handoutPassesPdfUaAndPdfA() throws Exception {
    Publication publication = SamplePublications.everything(SamplePublications.png(folder));
    byte[] pdf = export(PdfOptions.DEFAULTS, publication).file("handouts/sessions.pdf");
    Files.write(Path.of("target/sessions.pdf"), pdf);
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_U)).isEmpty();
  }
}
