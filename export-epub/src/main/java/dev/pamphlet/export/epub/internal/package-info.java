/**
 * How the EPUB exporter makes a booklet. Internal: not part of the API, may change without
 * notice. {@link dev.pamphlet.export.epub.internal.BookWriter} prepares every file in memory,
 * {@link dev.pamphlet.export.epub.internal.PreparedBook} writes the container in one pass.
 */
package dev.pamphlet.export.epub.internal;
