package dev.pamphlet.export.epub;

import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.ExporterProvider;
import dev.pamphlet.core.export.OptionValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registers the EPUB exporter (format {@code "epub"}) with
 * {@link dev.pamphlet.core.export.Exporters#discover()} and reads its string options:
 *
 * <ul>
 *   <li>{@code large-print=true|false} — the large-print style sheet (default false);
 *   <li>{@code identifier=} — the booklet's unique identifier, such as
 *       {@code urn:isbn:9780000000000} (default: derived from the booklet);
 *   <li>{@code page-map=} — the printed booklet's pages, as whitespace-separated
 *       {@code target=page} pairs ({@code "intro=1 intro#dosing=2 after=5"}), where a target is
 *       an article id or {@code article#section} (see {@link EpubOptions#pageMap()}).
 * </ul>
 */
public final class EpubExporterProvider implements ExporterProvider {
  /** The format name. */
  public static final String FORMAT = "epub";

  private static final Map<String, String> OPTIONS = describeOptions();

  /** For {@link java.util.ServiceLoader}. */
  public EpubExporterProvider() {}

  private static Map<String, String> describeOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("large-print", "true or false (default false): large-print style sheet");
    options.put("identifier", "the booklet's unique identifier, such as urn:isbn:… (default:"
        + " a urn:uuid: derived from the booklet, stable across rebuilds)");
    options.put("page-map", "printed page numbers, as target=page pairs separated by spaces"
        + " (article=1 article#section=2): page-break markers and a page list");
    return Collections.unmodifiableMap(options);
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String description() {
    return "an EPUB 3 booklet with a table of contents and accessibility metadata";
  }

  @Override
  public Map<String, String> options() {
    return OPTIONS;
  }

  @Override
  public Exporter create(Map<String, String> options) {
    EpubOptions.Builder builder = EpubOptions.builder();
    for (Map.Entry<String, String> option : options.entrySet()) {
      String name = option.getKey();
      String value = option.getValue();
      switch (name) {
        case "large-print" -> builder.largePrint(OptionValues.bool(FORMAT, name, value));
        case "identifier" -> builder.identifier(value.strip());
        case "page-map" -> pageMap(value, builder);
        default -> throw OptionValues.unknown(FORMAT, name, OPTIONS.keySet());
      }
    }
    try {
      return new EpubExporter(builder.build());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("epub option: " + e.getMessage(), e);
    }
  }

  private static void pageMap(String value, EpubOptions.Builder builder) {
    for (String pair : value.strip().split("\\s+")) {
      if (pair.isEmpty()) {
        continue;
      }
      // Ids may hold '=', page labels may not: the last '=' separates them.
      int equals = pair.lastIndexOf('=');
      if (equals <= 0 || equals == pair.length() - 1) {
        throw new IllegalArgumentException("epub option page-map: \"" + pair
            + "\" is not target=page (such as intro#dosing=4)");
      }
      builder.page(pair.substring(0, equals), pair.substring(equals + 1));
    }
  }
}
