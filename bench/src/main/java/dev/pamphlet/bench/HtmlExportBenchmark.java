package dev.pamphlet.bench;

import com.vladsch.flexmark.util.ast.Document;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.html.HtmlExporter;
import dev.pamphlet.export.html.HtmlMode;
import dev.pamphlet.export.html.HtmlOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * HTML for the 100-article corpus, side by side with flexmark's own HtmlRenderer on the same
 * documents: model → HTML fragments against flexmark's render of its parsed AST, and Markdown →
 * HTML end to end against flexmark's parse + render. Each operation covers the whole corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HtmlExportBenchmark {
  private Map<String, String> files;
  private FlexmarkBaseline flexmark;
  private List<Document> documents;
  private MarkdownReader reader;
  private Publication publication;
  private HtmlExporter fragments;

  @Setup
  public void setUp() {
    files = Corpus.GENERATED.files();
    flexmark = new FlexmarkBaseline();
    documents = new ArrayList<>();
    for (String text : files.values()) {
      documents.add(flexmark.parser.parse(text));
    }
    reader = MarkdownReader.create();
    publication = Publications.read(files);
    fragments = new HtmlExporter(HtmlOptions.builder().mode(HtmlMode.FRAGMENT).build());
  }

  /** flexmark's render of already-parsed documents: the comparison for our export. */
  @Benchmark
  public void flexmarkRender(Blackhole sink) {
    for (Document document : documents) {
      sink.consume(flexmark.renderer.render(document));
    }
  }

  /** Our model → HTML fragments for the same corpus (index built, nothing validated). */
  @Benchmark
  public long pamphletExport() throws IOException {
    NullOutput out = new NullOutput();
    fragments.write(ExportContext.of(publication), out);
    return out.bytes;
  }

  /** flexmark's parse + render: the comparison for our Markdown → HTML. */
  @Benchmark
  public void flexmarkParseAndRender(Blackhole sink) {
    for (String text : files.values()) {
      sink.consume(flexmark.renderer.render(flexmark.parser.parse(text)));
    }
  }

  /** Our Markdown → model → HTML fragments, end to end. */
  @Benchmark
  public long pamphletMarkdownToHtml() throws IOException {
    List<Article> articles = new ArrayList<>(files.size());
    for (Map.Entry<String, String> file : files.entrySet()) {
      ReadResult<Article> result = reader.read(file.getKey(), file.getValue());
      articles.add(result.value());
    }
    NullOutput out = new NullOutput();
    fragments.write(ExportContext.of(new Publication(publication.metadata(), articles)), out);
    return out.bytes;
  }
}
