/**
 * The layout engine: model → boxes → pages, in points, with no PDFBox type in sight.
 *
 * <p>{@link dev.pamphlet.export.pdf.layout.DocumentLayout} lays out a handout or a booklet with
 * the help of a {@link dev.pamphlet.export.pdf.layout.FontMetrics} (fake ones in tests) and an
 * {@link dev.pamphlet.export.pdf.layout.ImageSource}. Text is broken ragged-right by
 * {@link dev.pamphlet.export.pdf.layout.LineBreaker}; blocks become unbreakable
 * {@link dev.pamphlet.export.pdf.layout.Box}es whose keep-with-next chains express the keep
 * rules; {@link dev.pamphlet.export.pdf.layout.Paginator} places them. A
 * {@link dev.pamphlet.export.pdf.layout.StructureNode} tree, built alongside, is what the
 * renderer turns into the tagged-PDF structure tree.
 */
package dev.pamphlet.export.pdf.layout;
