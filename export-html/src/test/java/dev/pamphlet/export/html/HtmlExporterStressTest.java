package dev.pamphlet.export.html;

import dev.pamphlet.core.testing.ExporterStressTest;

/** Hostile and heavy content through the HTML exporter: see {@link ExporterStressTest}. */
class HtmlExporterStressTest extends ExporterStressTest {
  @Override
  protected String format() {
    return "html";
  }
}
