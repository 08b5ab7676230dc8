package dev.pamphlet.export.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * EPUBCheck 5.3, run in-process with usage messages on, finds nothing to report — no fatal
 * error, error, warning or usage message — in every kind of booklet we make.
 */
class EpubCheckTest {
  static Stream<Arguments> booklets() {
    return Stream.of(
        booklet("every node type", () -> source(Samples.everyNode()), EpubOptions.DEFAULTS),
        booklet("the example booklet", TestBooklets::exampleBooklet, EpubOptions.DEFAULTS),
        booklet("the example booklet in large print", TestBooklets::exampleBooklet,
            EpubOptions.builder().largePrint(true).build()),
        booklet("one article", () -> source(TestBooklets.oneArticle()), EpubOptions.DEFAULTS),
        booklet("200 articles", () -> source(TestBooklets.manyArticles(200)),
            EpubOptions.DEFAULTS),
        booklet("sections 8 deep and lists 10 deep", () -> source(TestBooklets.deepNesting()),
            EpubOptions.DEFAULTS),
        booklet("Greek, Russian, Chinese, Japanese and Arabic",
            () -> source(TestBooklets.nonLatin()), EpubOptions.DEFAULTS),
        booklet("the multilingual article, right to left, emoji and zero-width characters",
            () -> TestBooklets.multilingual(false), EpubOptions.DEFAULTS));
  }

  private static Arguments booklet(String name, Supplier<TestBooklets.Source> source,
      EpubOptions options) {
    return Arguments.of(name, source, options);
  }

  private static TestBooklets.Source source(Publication publication) {
    return new TestBooklets.Source(publication, SourceMap.EMPTY);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("booklets")
  void epubCheckReportsNothing(String name, Supplier<TestBooklets.Source> booklet,
      EpubOptions options) throws IOException {
    TestBooklets.Source source = booklet.get();
    byte[] epub = Books.export(source.publication(), source.sourceMap(), options).epub();
    assertThat(EpubCheckRun.problems(epub)).as(name).isEmpty();
  }

  @Test
  void theCheckItselfReportsABrokenBook() throws IOException {
    // Guards the harness: an EPUB without container.xml must not pass silently.
    ByteArrayOutputStream broken = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(broken)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/epub+zip".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }
    List<String> problems = EpubCheckRun.problems(broken.toByteArray());
    assertThat(problems).anyMatch(problem -> problem.contains("RSC-002"));
  }
}
