/**
 * The EPUB exporter: a publication as one EPUB 3 booklet for e-readers, phones and screen
 * readers, checked with EPUBCheck in the test suite.
 *
 * <pre>{@code
 * Exporter epub = new EpubExporter(EpubOptions.builder().largePrint(true).build());
 * try (DirectoryOutput out = new DirectoryOutput(Path.of("build"))) {
 *   epub.export(publication, sourceMap, out, ErrorPolicy.REFUSE);   // writes booklet.epub
 *   out.commit();
 * }
 * }</pre>
 *
 * <h2>What the booklet holds</h2>
 * <ul>
 *   <li>a title page (cover image, title, subtitle, authors, organization and contact, review
 *       date, summary), then the table of contents as a page, then one chapter per article,
 *       rendered by the HTML exporter's {@link dev.pamphlet.export.html.ArticleRenderer} as
 *       XHTML, with EPUB footnotes ({@code noteref}/{@code footnote}) and cross-references
 *       between chapters ({@code other-article.xhtml#section});
 *   <li>{@code nav.xhtml}: the nested table of contents, landmarks, and a page list when print
 *       page numbers are given ({@link EpubOptions#pageMap()}); and {@code toc.ncx}, written by
 *       epub4j, for EPUB 2 reading systems;
 *   <li>a style sheet that leaves font, size and colors to the reader (relative units only),
 *       with a large-print variant;
 *   <li>the images of figures and the cover, read from files beside their article;
 *   <li>the package document (EPUB 3) with title, creators, language, publisher, subjects,
 *       description, identifier, {@code dcterms:modified}, and accessibility metadata.
 * </ul>
 *
 * <h2>Same input, same bytes</h2>
 * Nothing depends on the clock or the machine. {@code dcterms:modified} is the latest
 * {@code reviewed} date of the booklet and its articles (midnight UTC); without one,
 * {@code SOURCE_DATE_EPOCH}; without that, 1980-01-01T00:00:00Z. Every ZIP entry carries that
 * time (within the range ZIP's DOS dates hold). The unique identifier is the one given in
 * {@link EpubOptions#identifier()}, else a version-5 UUID of the booklet's title,
 * organization, language and article ids, so rebuilds and revised editions keep it.
 *
 * <h2>Accessibility metadata</h2>
 * Derived from the content (EPUB Accessibility 1.1): {@code accessMode} textual, plus visual
 * when images are carried; {@code accessModeSufficient} textual only when every image has a
 * text alternative; features {@code structuralNavigation}, {@code tableOfContents},
 * {@code readingOrder}, {@code displayTransformability}, and only when true
 * {@code alternativeText}, {@code largePrint}, {@code pageBreakMarkers} and
 * {@code pageNavigation}; hazard none; a summary written from the same facts; and the
 * conformance claim "EPUB Accessibility 1.1 - WCAG 2.1 Level AA" unless an image lacks its
 * text alternative. No {@code a11y:certifiedBy}: nobody has evaluated the booklet, and a tool
 * naming itself the evaluator would mislead.
 *
 * <h2>Problems found while writing</h2>
 * Reported through the export context as warnings with stable codes ({@link EpubCodes}); the
 * booklet is still written, showing a figure's text alternative in place of an image it
 * could not carry.
 */
package dev.pamphlet.export.epub;
