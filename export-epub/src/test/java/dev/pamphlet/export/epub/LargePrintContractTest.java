package dev.pamphlet.export.epub;

import dev.pamphlet.core.export.ExporterContractTest;
import java.util.Map;

/** The exporter contract holds with string options too: large print and a given identifier. */
class LargePrintContractTest extends ExporterContractTest {
  @Override
  protected String format() {
    return "epub";
  }

  @Override
  protected Map<String, String> options() {
    return Map.of("large-print", "true", "identifier", "urn:isbn:9780000000002");
  }
}
