package dev.pamphlet.export.html;

import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.ExporterProvider;
import dev.pamphlet.core.export.OptionValues;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Registers the HTML exporter (format {@code "html"}) with
 * {@link dev.pamphlet.core.export.Exporters#discover()} and reads its string options:
 *
 * <ul>
 *   <li>{@code mode=fragment|standalone|both} (default both);
 *   <li>{@code heading-start=1..6} — heading level of a fragment's article title (default 1);
 *   <li>{@code id-prefix=} — put in front of every element id (default none);
 *   <li>{@code class-prefix=} — put in front of every class name (default {@code pamphlet-});
 *   <li>{@code new-tab=true|false} — open external links in a new tab (default false);
 *   <li>{@code large-print=true|false} — the large-print style sheet (default false).
 * </ul>
 */
public final class HtmlExporterProvider implements ExporterProvider {
  /** The format name. */
  public static final String FORMAT = "html";

  private static final Map<String, String> OPTIONS = describeOptions();

  /** For {@link java.util.ServiceLoader}. */
  public HtmlExporterProvider() {}

  private static Map<String, String> describeOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("mode", "fragment, standalone or both (default both): which files to write");
    options.put("heading-start", "1 to 6 (default 1): heading level of a fragment's title");
    options.put("id-prefix", "text put in front of every element id (default none)");
    options.put("class-prefix", "text put in front of every CSS class (default pamphlet-)");
    options.put("new-tab", "true or false (default false): external links open a new tab");
    options.put("large-print", "true or false (default false): large-print style sheet");
    return Collections.unmodifiableMap(options);
  }

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String description() {
    return "HTML fragments for a web page, a standalone page per article, and the booklet page";
  }

  @Override
  public Map<String, String> options() {
    return OPTIONS;
  }

  @Override
  public Exporter create(Map<String, String> options) {
    HtmlOptions.Builder builder = HtmlOptions.builder();
    for (Map.Entry<String, String> option : options.entrySet()) {
      String name = option.getKey();
      String value = option.getValue();
      switch (name) {
        case "mode" -> builder.mode(HtmlMode.fromId(value).orElseThrow(() ->
            OptionValues.invalid(FORMAT, name, value, "fragment, standalone or both")));
        case "heading-start" ->
            builder.headingStart(OptionValues.integer(FORMAT, name, value, 1, 6));
        case "id-prefix" -> builder.idPrefix(value);
        case "class-prefix" -> builder.classPrefix(value);
        case "new-tab" -> builder.externalLinksNewTab(OptionValues.bool(FORMAT, name, value));
        case "large-print" -> builder.largePrint(OptionValues.bool(FORMAT, name, value));
        default -> throw OptionValues.unknown(FORMAT, name, OPTIONS.keySet());
      }
    }
    try {
      return new HtmlExporter(builder.build());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("html option: " + e.getMessage(), e);
    }
  }
}
