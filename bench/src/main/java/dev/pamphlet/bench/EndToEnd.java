package dev.pamphlet.bench;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.load.SourceLoader;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.CorpusGenerator;
import dev.pamphlet.core.validate.Validator;
import dev.pamphlet.export.epub.EpubExporter;
import dev.pamphlet.export.html.HtmlExporter;
import dev.pamphlet.export.pdf.PdfExporter;
import dev.pamphlet.export.pdf.PdfOptions;
import dev.pamphlet.export.pdf.Products;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The whole pipeline on the generated corpus, as the command runs it: read the Markdown files
 * of a folder, validate, and export HTML, EPUB and PDF (handouts and booklet apart), at several
 * corpus sizes, to show what an article costs in each phase and that the cost grows linearly.
 *
 * <pre>
 * java -Xmx512m -cp bench/target/benchmarks.jar dev.pamphlet.bench.EndToEnd 10,100,1000 3
 * </pre>
 *
 * <p>A third argument names the phases to time (such as {@code "pdf booklet"}; read always
 * runs, as it makes the input of the others).
 *
 * <p>First the whole pipeline runs a few times on 100 articles, unmeasured, so that the small
 * sizes are not timed while the JIT compiler is still at work. Then, for each size, it writes
 * the corpus to a temporary folder, runs every phase once more to warm up, then
 * {@code repetitions} times (default 3), and prints the fastest run per article.
 * Before each phase it collects garbage and resets the heap pools' peaks; after it, the peak
 * heap is the sum of the pools' peaks (an upper bound: pools peak at different moments). A
 * phase that runs out of memory is reported as such, and the others still run.
 */
public final class EndToEnd {
  private static final long MB = 1 << 20;
  /** While warming up: nothing is printed. */
  private static boolean quiet;
  /** The phases to time besides read; all when empty. */
  private static List<String> only = List.of();

  private EndToEnd() {}

  /** A step of the pipeline, given the publication read by the first. */
  private interface Phase {
    void run(Loaded loaded) throws IOException;
  }

  private record Loaded(Publication publication, ReadResult<Publication> read) {}

  /** One measured phase: the fastest of the timed runs, and the highest peak heap seen. */
  private record Figure(String phase, int articles, double bestMillis, long peakHeapBytes,
      boolean outOfMemory) {
    double microsPerArticle() {
      return bestMillis * 1000 / articles;
    }
  }

  public static void main(String[] args) throws IOException {
    int[] sizes = Arrays.stream((args.length > 0 ? args[0] : "10,100,1000").split(","))
        .mapToInt(Integer::parseInt).toArray();
    int repetitions = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    only = args.length > 2 ? List.of(args[2].split(",")) : List.of();
    System.out.printf(Locale.ROOT, "max heap %d MB, %d processors, Java %s%n",
        Runtime.getRuntime().maxMemory() / MB, Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.version"));
    quiet = true;
    measure(100, 3);
    quiet = false;
    List<Figure> figures = new ArrayList<>();
    for (int size : sizes) {
      figures.addAll(measure(size, repetitions));
    }
    printTable(figures, sizes);
  }

  private static List<Figure> measure(int size, int repetitions) throws IOException {
    Path folder = Files.createTempDirectory("pamphlet-corpus-");
    try {
      for (Map.Entry<String, String> file : CorpusGenerator.generate(size, 42).entrySet()) {
        Files.writeString(folder.resolve(file.getKey()), file.getValue());
      }
      SourceLoader loader = SourceLoader.create();
      Loaded[] loaded = new Loaded[1];
      List<Figure> figures = new ArrayList<>();
      figures.add(time("read", size, repetitions, ignored -> {
        ReadResult<Publication> read = loader.load(List.of(folder));
        loaded[0] = new Loaded(read.value(), read);
      }, null));
      figures.add(time("validate", size, repetitions, l -> Validator.standard()
          .validate(l.publication(), l.read().sourceMap()), loaded[0]));
      figures.add(time("html", size, repetitions, export(new HtmlExporter()), loaded[0]));
      figures.add(time("epub", size, repetitions, export(new EpubExporter()), loaded[0]));
      figures.add(time("pdf handouts", size, repetitions, export(new PdfExporter(
          PdfOptions.builder().products(Products.HANDOUTS).build())), loaded[0]));
      figures.add(time("pdf booklet", size, repetitions, export(new PdfExporter(
          PdfOptions.builder().products(Products.BOOKLET).build())), loaded[0]));
      return figures;
    } finally {
      deleteTree(folder);
    }
  }

  private static Phase export(Exporter exporter) {
    return l -> exporter.export(l.publication(), l.read().sourceMap(), new NullOutput(),
        ErrorPolicy.EXPORT_ANYWAY);
  }

  private static Figure time(String name, int size, int repetitions, Phase phase,
      Loaded input) {
    if (!name.equals("read") && !only.isEmpty() && !only.contains(name)) {
      return new Figure(name, size, Double.NaN, 0, false);
    }
    double best = Double.MAX_VALUE;
    long peak = 0;
    try {
      for (int run = -1; run < repetitions; run++) { // run -1 warms up
        System.gc();
        resetPeaks();
        long start = System.nanoTime();
        phase.run(input);
        double millis = (System.nanoTime() - start) / 1e6;
        peak = Math.max(peak, peakHeap());
        if (run >= 0) {
          best = Math.min(best, millis);
        }
      }
    } catch (OutOfMemoryError e) {
      System.out.printf(Locale.ROOT, "%5d articles  %-13s out of memory%n", size, name);
      return new Figure(name, size, Double.NaN, peakHeap(), true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (quiet) {
      return new Figure(name, size, best, peak, false);
    }
    System.out.printf(Locale.ROOT, "%5d articles  %-13s %9.1f ms  %8.1f µs/article"
        + "  peak heap %4d MB%n", size, name, best, best * 1000 / size, peak / MB);
    return new Figure(name, size, best, peak, false);
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  /** A Markdown table: per phase, µs per article and peak heap at each size. */
  private static void printTable(List<Figure> figures, int[] sizes) {
    StringBuilder header = new StringBuilder("\n| phase |");
    StringBuilder rule = new StringBuilder("|---|");
    for (int size : sizes) {
      header.append(String.format(Locale.ROOT, " %,d articles: ms/article (peak heap) |", size));
      rule.append("---|");
    }
    System.out.println(header);
    System.out.println(rule);
    for (String phase : figures.stream()
        .filter(f -> f.outOfMemory() || !Double.isNaN(f.bestMillis()))
        .map(Figure::phase).distinct().toList()) {
      StringBuilder row = new StringBuilder("| " + phase + " |");
      for (int size : sizes) {
        Figure figure = figures.stream()
            .filter(f -> f.phase().equals(phase) && f.articles() == size).findFirst()
            .orElseThrow();
        row.append(figure.outOfMemory() ? " out of memory |" : String.format(Locale.ROOT,
            " %.2f (%d MB) |", figure.microsPerArticle() / 1000, figure.peakHeapBytes() / MB));
      }
      System.out.println(row);
    }
  }

  private static void deleteTree(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
