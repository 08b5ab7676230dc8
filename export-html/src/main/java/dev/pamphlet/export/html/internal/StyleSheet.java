package dev.pamphlet.export.html.internal;

/**
 * The built-in style sheet of standalone pages: readable on a phone, clean on paper, and a
 * large-print variant (18pt and more, 1.5 line height, no italics). Internal: not part of the
 * API. Written with {@code .p-} class selectors, renamed to the configured class prefix.
 */
public final class StyleSheet {
  private static final String BASE = """
      html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, \
      sans-serif; font-size: 1.0625rem; line-height: 1.6; color: #1a1a1a; background: #fff; \
      max-width: 42rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
      h1, h2, h3, h4, h5, h6, .p-heading { line-height: 1.25; margin: 1.6em 0 0.5em; }
      .p-heading { font-weight: bold; }
      a { color: #0b57d0; }
      a:focus { outline: 3px solid #f9a825; outline-offset: 2px; }
      .p-subtitle { font-size: 1.2em; margin-top: 0; color: #444; }
      .p-summary { font-size: 1.1em; }
      .p-number { color: #555; }
      .p-toc { border: 1px solid #ccc; border-radius: 6px; padding: 0.25rem 1rem; \
      margin: 1rem 0 2rem; }
      .p-toc ol { list-style: none; padding-left: 1.25rem; }
      .p-toc-title { font-weight: bold; }
      .p-callout { border-left: 6px solid #3949ab; background: #f3f4fb; padding: 0.25rem 1rem; \
      margin: 1.25rem 0; }
      .p-callout-tip { border-color: #2e7d32; background: #eef7ee; }
      .p-callout-important { border-color: #6a1b9a; background: #f6eefa; }
      .p-callout-warning { border-color: #a35200; background: #fff6e5; }
      .p-callout-caution { border-color: #c62828; background: #fdeeee; }
      .p-callout-title { margin: 0.5rem 0; }
      .p-checklist { list-style: none; padding-left: 0.5rem; }
      .p-check { display: inline-block; min-width: 1.4em; }
      .p-figure { margin: 1.5rem 0; }
      .p-figure img { max-width: 100%; height: auto; }
      figcaption { font-size: 0.95em; color: #444; }
      .p-table { border-collapse: collapse; margin: 1.25rem 0; }
      .p-table th, .p-table td { border: 1px solid #999; padding: 0.35rem 0.6rem; \
      text-align: left; vertical-align: top; }
      .p-table thead th { background: #eee; }
      caption { text-align: left; font-weight: bold; padding-bottom: 0.35rem; }
      blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 4px solid #bbb; }
      pre { background: #f5f5f5; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; }
      code { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; \
      font-size: 0.95em; }
      .p-notes, .p-sources { border-top: 1px solid #ccc; margin-top: 2rem; font-size: 0.95em; }
      .p-backlink { text-decoration: none; }
      .p-xref-dangling { text-decoration: underline dotted; }
      .p-footer { border-top: 1px solid #ccc; margin-top: 3rem; font-size: 0.9em; color: #444; }
      @media print {
        body { max-width: none; margin: 0; padding: 0; font-size: 12pt; color: #000; }
        a { color: #000; }
        a[href^="http"]::after { content: " (" attr(href) ")"; font-size: 0.85em; }
        h1, h2, h3, h4, h5, h6, .p-heading { page-break-after: avoid; }
        .p-callout, .p-figure, .p-table, pre, blockquote { page-break-inside: avoid; }
        .p-callout { background: none; border: 2px solid #000; }
        .p-toc { border: none; padding: 0; }
        .p-article + .p-article { page-break-before: always; }
      }
      """;

  private static final String LARGE_PRINT = """
      body { font-size: 1.5rem; line-height: 1.5; max-width: 48rem; }
      em, i, cite, dfn, figcaption, blockquote { font-style: normal; }
      em { font-weight: bold; }
      figcaption, .p-notes, .p-sources, .p-footer, code { font-size: 1em; }
      @media print {
        body { font-size: 18pt; line-height: 1.5; }
      }
      """;

  private StyleSheet() {}

  /** The style sheet, its classes renamed with {@code classPrefix}. */
  public static String css(String classPrefix, boolean largePrint) {
    String css = largePrint ? BASE + LARGE_PRINT : BASE;
    return "\n" + css.replace(".p-", "." + classPrefix);
  }
}
