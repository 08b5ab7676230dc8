package dev.pamphlet.export.html;

import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Publication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/** Runs the exporter in memory and gives its files as text. */
final class Outputs {
  private Outputs() {}

  /** Every file the exporter writes for {@code publication}, by name, as UTF-8 text. */
  static Map<String, String> export(Publication publication, HtmlOptions options) {
    return export(publication, SourceMap.EMPTY, options);
  }

  static Map<String, String> export(Publication publication, SourceMap sourceMap,
      HtmlOptions options) {
    InMemoryOutput out = new InMemoryOutput();
    try {
      new HtmlExporter(options).export(publication, sourceMap, out, ErrorPolicy.EXPORT_ANYWAY);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, String> files = new TreeMap<>();
    out.files().forEach((name, bytes) -> files.put(name, new String(bytes,
        StandardCharsets.UTF_8)));
    return files;
  }

  /** The file as the checker should see it: fragments wrapped in a minimal page. */
  static String checkable(String name, String html) {
    return name.endsWith(HtmlExporter.FRAGMENT_SUFFIX) ? NuChecker.wrap(html) : html;
  }
}
