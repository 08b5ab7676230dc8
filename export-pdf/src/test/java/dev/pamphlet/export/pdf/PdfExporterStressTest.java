package dev.pamphlet.export.pdf;

import dev.pamphlet.core.testing.ExporterStressTest;

/** Hostile and heavy content through the PDF exporter: see {@link ExporterStressTest}. */
class PdfExporterStressTest extends ExporterStressTest {
  @Override
  protected String format() {
    return "pdf";
  }
}
