package dev.pamphlet.export.html;

import dev.pamphlet.export.html.internal.StyleSheet;

/**
 * The built-in style sheet of the standalone pages, for whoever shows the exporter's markup
 * elsewhere (the EPUB exporter's chapters, a preview server): readable on a phone, clean on
 * paper, and a large-print variant (18pt and more, line height 1.5, no italics). It contains
 * no {@code <} or {@code &}, so it can go into a {@code <style>} element or a CSS file as is.
 *
 * <pre>{@code
 * String css = HtmlStyleSheet.css(HtmlOptions.DEFAULTS);
 * }</pre>
 */
public final class HtmlStyleSheet {
  private HtmlStyleSheet() {}

  /** The style sheet for markup written with {@code options}' class prefix and print size. */
  public static String css(HtmlOptions options) {
    return StyleSheet.css(options.classPrefix(), options.largePrint());
  }
}
