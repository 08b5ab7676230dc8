package dev.pamphlet.export.pdf;

import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.ExporterProvider;
import dev.pamphlet.core.export.OptionValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Registers the PDF exporter (format {@code pdf}) for {@link java.util.ServiceLoader}, and turns
 * the command line's string options into {@link PdfOptions}.
 */
public final class PdfExporterProvider implements ExporterProvider {
  /** The format name. */
  public static final String FORMAT = "pdf";

  private static final Map<String, String> OPTIONS = new LinkedHashMap<>();

  static {
    OPTIONS.put("page-size", "a4 (default) or letter");
    OPTIONS.put("base-size", "body text size in points (default 12)");
    OPTIONS.put("margin", "page margin in points (default 54)");
    OPTIONS.put("large-print", "true for large print: 18 pt or more, 1.5 spacing, no italics");
    OPTIONS.put("print-urls", "true (default) to print link URLs for paper readers");
    OPTIONS.put("products", "handouts, booklet or both (default)");
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String description() {
    return "Accessible PDF handouts and a booklet (PDF/UA-1, PDF/A-2u)";
  }

  @Override
  public Map<String, String> options() {
    return Collections.unmodifiableMap(OPTIONS);
  }

  @Override
  public Exporter create(Map<String, String> options) {
    PdfOptions.Builder builder = PdfOptions.builder();
    for (Map.Entry<String, String> option : options.entrySet()) {
      String name = option.getKey();
      String value = option.getValue().strip().toLowerCase(Locale.ROOT);
      switch (name) {
        case "page-size" -> builder.pageSize(switch (value) {
          case "a4" -> PageSize.A4;
          case "letter" -> PageSize.LETTER;
          default -> throw OptionValues.invalid(FORMAT, name, value, "a4 or letter");
        });
        case "base-size" ->
            builder.baseSize(OptionValues.number(FORMAT, name, value, "a number of points"));
        case "margin" ->
            builder.margin(OptionValues.number(FORMAT, name, value, "a number of points"));
        case "large-print" -> builder.largePrint(OptionValues.bool(FORMAT, name, value));
        case "print-urls" -> builder.printUrls(OptionValues.bool(FORMAT, name, value));
        case "products" -> builder.products(switch (value) {
          case "handouts" -> Products.HANDOUTS;
          case "booklet" -> Products.BOOKLET;
          case "both" -> Products.BOTH;
          default -> throw OptionValues.invalid(FORMAT, name, value, "handouts, booklet or both");
        });
        default -> throw OptionValues.unknown(FORMAT, name, OPTIONS.keySet());
      }
    }
    try {
      return new PdfExporter(builder.build());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("pdf option: " + e.getMessage(), e);
    }
  }
}
