/**
 * The HTML exporter: fragments for a host page, standalone pages, and the booklet page.
 *
 * <p>{@link dev.pamphlet.export.html.HtmlExporter} is the front door (format {@code "html"},
 * found through {@link dev.pamphlet.export.html.HtmlExporterProvider}); its options are
 * {@link dev.pamphlet.export.html.HtmlOptions}. Other formats reuse the pieces:
 * {@link dev.pamphlet.export.html.ArticleRenderer} renders one article (as HTML or XHTML, with
 * EPUB footnote semantics if asked), {@link dev.pamphlet.export.html.HtmlWriter} writes
 * escaped markup, and {@link dev.pamphlet.export.html.HtmlStyleSheet} is the built-in style.
 *
 * <p>The fixed words the exporter adds ("Contents", "Notes", "Sources", the checklist labels
 * "done" and "not done") are English.
 */
package dev.pamphlet.export.html;
