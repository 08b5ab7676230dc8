package dev.pamphlet.bench;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.CorpusGenerator;
import dev.pamphlet.export.pdf.PdfExporter;
import dev.pamphlet.export.pdf.PdfOptions;
import dev.pamphlet.export.pdf.Products;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryType;

/**
 * Writes one booklet PDF of N generated articles (default 1,000) and prints its size, the
 * time taken and the old generation's peak: the memory check of the PDF exporter. Run it with
 * a small heap to prove the booklet fits:
 *
 * <pre>
 * java -Xmx256m -cp bench/target/benchmarks.jar dev.pamphlet.bench.LargeBooklet 1000
 * </pre>
 */
public final class LargeBooklet {
  private LargeBooklet() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
    Publication publication = Publications.read(CorpusGenerator.generate(count, 42));
    PdfExporter pdf = new PdfExporter(PdfOptions.builder().products(Products.BOOKLET).build());
    long start = System.nanoTime();
    NullOutput out = new NullOutput();
    pdf.write(ExportContext.of(publication), out);
    long millis = (System.nanoTime() - start) / 1_000_000;
    // The old generation's peak is the most the live data (plus not yet collected garbage) took.
    long oldPeak = ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.getName().contains("Old"))
        .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    System.out.printf("%d articles: booklet of %,d bytes in %,d ms; max heap %d MB,"
        + " old generation peak %d MB%n", count, out.bytes, millis,
        Runtime.getRuntime().maxMemory() >> 20, oldPeak >> 20);
  }
}
