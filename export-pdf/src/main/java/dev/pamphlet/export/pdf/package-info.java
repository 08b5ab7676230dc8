/**
 * The PDF exporter: accessible handouts and booklets (PDF/UA-1 and PDF/A-2u in the same file).
 *
 * <p>{@link dev.pamphlet.export.pdf.PdfExporter} is the front door, configured by
 * {@link dev.pamphlet.export.pdf.PdfOptions} and registered for {@code ServiceLoader} by
 * {@link dev.pamphlet.export.pdf.PdfExporterProvider} as format {@code pdf}. Inside, a pure-Java
 * layout engine ({@code …pdf.layout}) measures, breaks lines and paginates, and a PDFBox renderer
 * ({@code …pdf.render}) draws, tags and links the pages.
 */
package dev.pamphlet.export.pdf;
