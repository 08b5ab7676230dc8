package dev.pamphlet.bench;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.epub.EpubExporter;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The EPUB booklet of the example booklet and of the 100-article corpus, warm, model → bytes.
 * The comparison the issue names is pandoc's whole run on the same corpus (about 3.8 s here);
 * see the README beside this file for the cold {@code ./pamphlet build} figure.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EpubExportBenchmark {
  @Param({"EXAMPLES", "GENERATED"})
  public Corpus corpus;

  private Publication publication;
  private EpubExporter epub;

  @Setup
  public void setUp() {
    publication = Publications.read(corpus);
    epub = new EpubExporter();
  }

  @Benchmark
  public long pamphlet() throws IOException {
    NullOutput out = new NullOutput();
    epub.write(ExportContext.of(publication), out);
    return out.bytes;
  }
}
