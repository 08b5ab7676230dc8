package dev.pamphlet.export.epub;

import dev.pamphlet.core.testing.ExporterStressTest;

/** Hostile and heavy content through the EPUB exporter: see {@link ExporterStressTest}. */
class EpubExporterStressTest extends ExporterStressTest {
  @Override
  protected String format() {
    return "epub";
  }
}
