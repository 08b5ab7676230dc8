package dev.pamphlet.cli.toy;

import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.ExporterProvider;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A third-party exporter as far as the command can tell: it lives only in the test classpath's
 * {@code META-INF/services}, and nothing in the command names it. Writes one text file per
 * article plus {@code options.txt} (the options it was given), and fails on request.
 */
public final class ToyExporterProvider implements ExporterProvider {
  private static final Map<String, String> OPTIONS = new TreeMap<>(Map.of(
      "page-size", "a4 or letter",
      "large-print", "true or false",
      "products", "handouts or booklet (named like the pdf exporter's option)",
      "shout", "true to write titles in capitals",
      "fail", "true to fail with an I/O error after writing the first file",
      "crash", "true to fail with an unexpected exception, as a bug would",
      "pause-ms", "milliseconds to wait after the first file, to interrupt a build midway"));

  @Override
  public String format() {
    return "toy";
  }

  @Override
  public String description() {
    return "Plain-text titles, for testing the command";
  }

  @Override
  public Map<String, String> options() {
    return OPTIONS;
  }

  @Override
  public Exporter create(Map<String, String> options) {
    for (String name : options.keySet()) {
      if (!OPTIONS.containsKey(name)) {
        throw new IllegalArgumentException("unknown option \"" + name + "\"");
      }
    }
    String pageSize = options.getOrDefault("page-size", "a4");
    if (!Set.of("a4", "letter").contains(pageSize)) {
      throw new IllegalArgumentException("page-size must be a4 or letter, not \"" + pageSize
          + "\"");
    }
    String products = options.getOrDefault("products", "handouts");
    if (!Set.of("handouts", "booklet").contains(products)) {
      throw new IllegalArgumentException(
          "products must be handouts or booklet, not \"" + products + "\"");
    }
    return new ToyExporter(Map.copyOf(options));
  }
}
