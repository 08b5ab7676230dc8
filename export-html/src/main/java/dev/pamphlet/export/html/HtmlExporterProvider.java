package dev.pamphlet.export.html;

import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.ExporterProvider;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
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
      try {
        switch (name) {
          case "mode" -> builder.mode(HtmlMode.fromId(value).orElseThrow(() ->
              bad(name, value, "fragment, standalone or both")));
          case "heading-start" -> builder.headingStart(headingStart(value));
          case "id-prefix" -> builder.idPrefix(value);
          case "class-prefix" -> builder.classPrefix(value);
          case "new-tab" -> builder.externalLinksNewTab(bool(name, value));
          case "large-print" -> builder.largePrint(bool(name, value));
          default -> throw new IllegalArgumentException("unknown html option \"" + name
              + "\"; valid options: " + String.join(", ", OPTIONS.keySet()));
        }
      } catch (NumberFormatException e) {
        throw bad(name, value, "a number from 1 to 6");
      }
    }
    try {
      return new HtmlExporter(builder.build());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("html option: " + e.getMessage(), e);
    }
  }

  private static int headingStart(String value) {
    int level = Integer.parseInt(value.strip());
    if (level < 1 || level > 6) {
      throw bad("heading-start", value, "a number from 1 to 6");
    }
    return level;
  }

  private static boolean bool(String name, String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "" -> true;
      case "false", "no", "off" -> false;
      default -> throw bad(name, value, "true or false");
    };
  }

  private static IllegalArgumentException bad(String name, String value, String expected) {
    return new IllegalArgumentException("html option " + name + "=\"" + value
        + "\" is not valid: expected " + expected);
  }
}
