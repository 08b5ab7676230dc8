/**
 * The PDFBox side: embedded TrueType subsets ({@link dev.pamphlet.export.pdf.render.FontSet},
 * DejaVu by default, parsed once per JVM), drawing, link annotations, outline, the structure
 * tree with marked content, and the metadata PDF/UA-1 and PDF/A-2u require
 * ({@link dev.pamphlet.export.pdf.render.PdfRenderer}).
 */
package dev.pamphlet.export.pdf.render;
