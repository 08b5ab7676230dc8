package dev.pamphlet.bench;

import com.vladsch.flexmark.util.ast.Document;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import java.util.Map;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Markdown → model for a whole corpus, side by side with flexmark's own parse of the same text
 * (flexmark's parse is the floor: our reader parses with flexmark, then builds the model).
 * Each operation reads every article of the corpus once.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
// Long warm-up and three forks. flexmark and the reader are a lot of code for the JIT on two
// cores: with 16 s of warm-up, methods were still being compiled and the read still getting
// faster in the measured iterations (-XX:+PrintCompilation). One fork's JIT decisions can also
// put it 20 % off the next.
@Warmup(iterations = 20, time = 2)
@Measurement(iterations = 8, time = 2)
@Fork(3)
public class MarkdownReadBenchmark {
  @Param({"GENERATED", "EXAMPLES"})
  public Corpus corpus;

  private Map<String, String> files;
  private FlexmarkBaseline flexmark;
  private MarkdownReader reader;

  @Setup
  public void setUp() {
    files = corpus.files();
    flexmark = new FlexmarkBaseline();
    reader = MarkdownReader.create();
  }

  @Benchmark
  public void flexmarkParse(Blackhole sink) {
    for (String text : files.values()) {
      Document document = flexmark.parser.parse(text);
      sink.consume(document);
    }
  }

  @Benchmark
  public void pamphletRead(Blackhole sink) {
    for (Map.Entry<String, String> file : files.entrySet()) {
      ReadResult<Article> result = reader.read(file.getKey(), file.getValue());
      sink.consume(result);
    }
  }
}
