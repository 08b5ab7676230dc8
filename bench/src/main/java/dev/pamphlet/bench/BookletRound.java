package dev.pamphlet.bench;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.pdf.PdfExporter;
import dev.pamphlet.export.pdf.PdfOptions;
import dev.pamphlet.export.pdf.Products;
import java.io.IOException;
import java.util.concurrent.Callable;

/**
 * One write of the 100-article corpus's PDF booklet, timed: what {@link PairedJars} runs in
 * each jar. A {@link Callable} (a JDK type) so a harness in another class loader can call it.
 */
public final class BookletRound implements Callable<Long> {
  private final Publication publication = Publications.read(Corpus.GENERATED);
  private final PdfExporter exporter =
      new PdfExporter(PdfOptions.builder().products(Products.BOOKLET).build());

  /** Writes the booklet to a sink that only counts bytes; returns the nanoseconds it took. */
  @Override
  public Long call() throws IOException {
    long start = System.nanoTime();
    exporter.write(ExportContext.of(publication), new NullOutput());
    return System.nanoTime() - start;
  }
}
