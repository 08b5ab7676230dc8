package dev.pamphlet.export.epub.internal;

/**
 * The booklet's style sheet. It leaves the reader in charge: no font family for the text and
 * no text or page colors (the reading system's font, size and night mode apply), only
 * relative units, so {@code displayTransformability} holds. The large-print variant scales
 * everything up from the reader's own size, widens line spacing, and drops italics, which are
 * harder to read at low vision. Internal: not part of the API.
 */
final class StyleSheet {
  private static final String BASE = """
      body { line-height: 1.5; margin: 0 3%; }
      h1, h2, h3, h4, h5, h6, .pamphlet-heading { line-height: 1.25; margin: 1.4em 0 0.5em; \
      page-break-after: avoid; break-after: avoid; }
      .pamphlet-heading { font-weight: bold; }
      p { margin: 0.6em 0; }
      .pamphlet-subtitle, .subtitle { font-size: 1.15em; margin-top: 0; }
      .pamphlet-summary { font-size: 1.05em; }
      .pamphlet-callout { border-left: 0.3em solid; padding: 0.1em 0 0.1em 0.8em; \
      margin: 1.2em 0; page-break-inside: avoid; break-inside: avoid; }
      .pamphlet-callout-warning, .pamphlet-callout-caution { border-left-width: 0.5em; }
      .pamphlet-callout-title { margin: 0.3em 0; }
      .pamphlet-checklist { list-style: none; padding-left: 0.5em; }
      .pamphlet-check { display: inline-block; min-width: 1.4em; }
      .pamphlet-figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; \
      break-inside: avoid; }
      .pamphlet-figure img, .cover img { max-width: 100%; height: auto; }
      figcaption { font-size: 0.95em; }
      .pamphlet-missing-image { border: 1px dashed; padding: 0.5em; text-align: left; }
      .pamphlet-table { border-collapse: collapse; margin: 1.2em 0; }
      .pamphlet-table th, .pamphlet-table td { border: 1px solid; padding: 0.3em 0.5em; \
      text-align: left; vertical-align: top; }
      caption { text-align: left; font-weight: bold; padding-bottom: 0.3em; }
      blockquote { margin: 1em 0; padding-left: 1em; border-left: 0.25em solid; }
      pre { white-space: pre-wrap; margin: 1em 0; }
      code { font-family: monospace; }
      .pamphlet-notes, .pamphlet-sources { border-top: 1px solid; margin-top: 2em; \
      font-size: 0.95em; }
      .pamphlet-backlink { text-decoration: none; }
      .title-page { text-align: center; margin-top: 2em; }
      .title-page .title { font-size: 1.8em; }
      .cover { margin: 0 auto 1.5em; }
      .organization { font-weight: bold; margin-top: 2em; }
      nav ol { list-style: none; padding-left: 1.2em; }
      nav > ol { padding-left: 0; }
      """;

  private static final String LARGE_PRINT = """
      body { font-size: 140%; line-height: 1.6; }
      em, i, cite, dfn, figcaption, blockquote { font-style: normal; }
      em { font-weight: bold; }
      figcaption, .pamphlet-notes, .pamphlet-sources, code { font-size: 1em; }
      """;

  private StyleSheet() {}

  /** The style sheet, with the large-print rules when asked. */
  static String css(boolean largePrint) {
    return largePrint ? BASE + LARGE_PRINT : BASE;
  }
}
