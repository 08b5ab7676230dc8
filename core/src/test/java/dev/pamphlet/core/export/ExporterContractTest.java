package dev.pamphlet.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.load.SourceLoader;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.CorpusGenerator;
import dev.pamphlet.core.testing.Samples;
import dev.pamphlet.core.validate.ValidationCodes;
import dev.pamphlet.core.validate.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rules every exporter keeps, as a test to extend. An exporter module's test supplies its
 * format name (and options, if the defaults are not what it wants checked):
 *
 * <pre>{@code
 * class HtmlExporterContractTest extends ExporterContractTest {
 *   protected String format() { return "html"; }
 * }
 * }</pre>
 *
 * <p>It checks that the exporter is discovered by name through {@link Exporters#discover()};
 * that the same input gives the same bytes, twice and from a fresh exporter; that it handles
 * every node type ({@link Samples#everyNode()}) into files with relative paths; that a
 * folder gets the same bytes as memory (every stream closed); that eight threads sharing one
 * exporter get exactly the single-threaded bytes — for the sample, the example booklet (with
 * its images) and the generated corpus ({@link CorpusGenerator}); and that content with errors
 * is refused unless the caller says {@link ErrorPolicy#EXPORT_ANYWAY}. Override
 * {@link #assertEveryNodeRendered} to check the output's text as well (the phrases of {@link Samples#markers()} are there for that).
 *
 * <p>The class ships in {@code pamphlet-core}'s test-jar; depend on it in test scope with
 * {@code <type>test-jar</type>}.
 */
public abstract class ExporterContractTest {
  /** Threads exporting at once in the thread-safety check. */
  protected static final int THREADS = 8;

  /** The format name the exporter registers, such as {@code "html"}. */
  protected abstract String format();

  /** The options to create the exporter with; none by default. */
  protected Map<String, String> options() {
    return Map.of();
  }

  /** The publication the checks export; {@link Samples#everyNode()} by default. */
  protected Publication sample() {
    return Samples.everyNode();
  }

  /**
   * A hook to check the exported files of {@link #sample()} in the format's own terms (extract
   * the text of a PDF, parse the HTML). Does nothing by default.
   */
  protected void assertEveryNodeRendered(Map<String, byte[]> files) throws Exception {}

  /** A fresh exporter, created through discovery as the command line creates it. */
  protected final Exporter newExporter() {
    return Exporters.discover().create(format(), options());
  }

  /** The files {@code exporter} writes for {@code publication}, by path. */
  protected static Map<String, byte[]> exportToMemory(Exporter exporter, Publication publication)
      throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    exporter.export(publication, out);
    return out.files();
  }

  @Test
  public void exporterIsDiscoveredByItsFormatName() {
    Exporters exporters = Exporters.discover();
    assertThat(exporters.formats()).contains(format());
    ExporterProvider provider = exporters.provider(format()).orElseThrow();
    assertThat(provider.format()).isEqualTo(format()).isLowerCase();
    assertThat(provider.description()).isNotBlank();
    assertThat(provider.options()).isNotNull();
    assertThat(newExporter().format()).isEqualTo(format());
  }

  @Test
  public void unknownOptionIsRejectedByName() {
    ExporterProvider provider = Exporters.discover().provider(format()).orElseThrow();
    assertThatThrownBy(() -> provider.create(Map.of("no-such-option", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no-such-option");
  }

  @Test
  public void sampleHasNoValidationErrors() {
    // A guard for the other checks: they mean little if the sample itself were refused.
    assertThat(Validator.standard().validate(sample(),
        SourceMap.EMPTY)).noneMatch(Diagnostic::isError);
  }

  @Test
  public void everyNodeTypeIsExportedIntoNonEmptyFiles() throws Exception {
    Map<String, byte[]> files = exportToMemory(newExporter(), sample());
    assertThat(files).as("files written").isNotEmpty();
    assertThat(files.values()).as("some file has content").anyMatch(bytes -> bytes.length > 0);
    assertThat(files.keySet()).as("output paths are relative, with '/' separators")
        .allSatisfy(path -> assertThat(path).isNotBlank().doesNotStartWith("/")
            .doesNotContain("\\").doesNotContain("//")
            .satisfies(p -> assertThat(p.split("/")).doesNotContain("..", ".")));
    assertEveryNodeRendered(files);
  }

  @Test
  public void exportIntoAFolderGivesTheInMemoryBytes(@TempDir Path dir) throws IOException {
    Map<String, byte[]> expected = exportToMemory(newExporter(), sample());
    try (DirectoryOutput out = new DirectoryOutput(dir)) {
      newExporter().export(sample(), out);
      out.commit();
    }
    for (Map.Entry<String, byte[]> file : expected.entrySet()) {
      assertThat(dir.resolve(file.getKey())).as(file.getKey()).hasBinaryContent(file.getValue());
    }
  }

  @Test
  public void sameInputGivesSameBytesTwice() throws IOException {
    Exporter exporter = newExporter();
    assertSameFiles(exportToMemory(exporter, sample()), exportToMemory(exporter, sample()));
  }

  @Test
  public void freshExporterGivesSameBytes() throws IOException {
    assertSameFiles(exportToMemory(newExporter(), sample()),
        exportToMemory(newExporter(), sample()));
  }

  @Test
  public void concurrentExportsGiveTheSingleThreadedBytes() throws Exception {
    assertEightThreadsGiveTheSingleThreadedBytes(sample(), SourceMap.EMPTY);
  }

  @Test
  public void theExampleBookletFromEightThreadsGivesTheSingleThreadedBytes() throws Exception {
    ReadResult<Publication> examples = SourceLoader.create().load(List.of(
        Samples.examplesDir()));
    assertEightThreadsGiveTheSingleThreadedBytes(examples.value(), examples.sourceMap());
  }

  @Test
  public void theGeneratedCorpusFromEightThreadsGivesTheSingleThreadedBytes() throws Exception {
    MarkdownReader reader = MarkdownReader.create();
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, String> file : CorpusGenerator.generate(corpusSize(), 42)
        .entrySet()) {
      articles.add(reader.read(file.getKey(), file.getValue()).value());
    }
    Publication corpus = new Publication(Metadata.builder().title("Generated corpus")
        .language("en").build(), articles);
    assertEightThreadsGiveTheSingleThreadedBytes(corpus, SourceMap.EMPTY);
  }

  /**
   * How many articles of the generated corpus the thread-safety check exports: 50 by
   * default (nine exports of them, one alone and eight at once); a slow format may check
   * fewer.
   */
  protected int corpusSize() {
    return 50;
  }

  /**
   * Exports {@code publication} once, then from {@link #THREADS} threads at once through the
   * same exporter, started together, and asserts every file of every run has the bytes of
   * the first.
   */
  protected final void assertEightThreadsGiveTheSingleThreadedBytes(Publication publication,
      SourceMap sourceMap) throws Exception {
    Exporter shared = newExporter();
    Map<String, byte[]> expected = exportAnyway(shared, publication, sourceMap);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Map<String, byte[]>>> results = new ArrayList<>();
      for (int i = 0; i < THREADS; i++) {
        Callable<Map<String, byte[]>> task = () -> {
          start.await();
          return exportAnyway(shared, publication, sourceMap);
        };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Map<String, byte[]>> result : results) {
        assertSameFiles(expected, result.get(10, TimeUnit.MINUTES));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static Map<String, byte[]> exportAnyway(Exporter exporter, Publication publication,
      SourceMap sourceMap) throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    exporter.export(publication, sourceMap, out, ErrorPolicy.EXPORT_ANYWAY);
    return out.files();
  }

  @Test
  public void contentWithErrorsIsRefusedWithItsDiagnosticsAndNothingWritten() {
    InMemoryOutput out = new InMemoryOutput();
    Exporter exporter = newExporter();
    assertThatThrownBy(() -> exporter.export(withDanglingReference(), out))
        .isInstanceOfSatisfying(ContentErrorsException.class, e ->
            assertThat(e.diagnostics()).extracting(Diagnostic::code)
                .contains(ValidationCodes.XREF_DANGLING));
    assertThat(out.files()).as("files written before refusing").isEmpty();
  }

  @Test
  public void contentWithErrorsIsExportedWhenTheCallerSaysSo() throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    ExportReport report = newExporter().export(withDanglingReference(), SourceMap.EMPTY, out,
        ErrorPolicy.EXPORT_ANYWAY);
    assertThat(report.diagnostics()).extracting(Diagnostic::code)
        .contains(ValidationCodes.XREF_DANGLING);
    assertThat(out.files()).isNotEmpty();
  }

  /** The sample with one more article whose cross-reference goes nowhere. */
  protected Publication withDanglingReference() {
    Publication sample = sample();
    Article broken = Article.builder("broken-reference")
        .title("Broken reference")
        .language("en")
        .paragraph(p -> p.text("See ").crossRef("no-such-article").text("."))
        .build();
    List<Article> articles = new ArrayList<>(sample.articles());
    articles.add(broken);
    return new Publication(sample.metadata(), articles, sample.numbered());
  }

  private static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertThat(actual.keySet()).as("file names").containsExactlyElementsOf(expected.keySet());
    expected.forEach((path, bytes) ->
        assertThat(actual.get(path)).as("bytes of %s", path).isEqualTo(bytes));
  }
}
