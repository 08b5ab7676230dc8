package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.commonmark.testutil.TestResources;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every CommonMark and GFM spec example goes Markdown → model → HTML without an exception, the
 * Nu HTML Checker accepts the result, and the visible text of the spec's expected HTML is all present, in order, in ours. Exceptions:
 * raw-HTML examples, which yield their {@code html.dropped} diagnostic instead, and the
 * examples where flexmark 0.64.8 parses differently from the spec (listed, with reasons, in
 * core's {@code CommonMarkSpecTest} and {@code GfmSpecTest}; the same numbers here).
 */
class MarkdownSpecTest {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final HtmlExporter EXPORTER = new HtmlExporter(HtmlOptions.builder()
      .mode(HtmlMode.FRAGMENT).build());
  private static final Pattern FIRST_H1 = Pattern.compile("<h1\\b[^>]*>(.*?)</h1>",
      Pattern.DOTALL);
  /**
   * Examples whose HTML the Nu checker rightly calls invalid because the author's URL is:
   * {@code <https://../>} has no host. The link is safe, so it is kept as written.
   */
  private static final Set<Integer> COMMONMARK_MALFORMED_URLS = Set.of(600);
  private static final Set<Integer> GFM_MALFORMED_URLS = Set.of(608);
  private static final Set<Integer> COMMONMARK_DEVIATIONS =
      Set.of(201, 215, 216, 312, 313, 354, 416, 417, 489, 493, 540);
  private static final Set<Integer> GFM_DEVIATIONS =
      Set.of(170, 184, 185, 292, 293, 425, 426, 498, 502);

  static Stream<Arguments> commonMark() {
    return examples(TestResources.getSpec());
  }

  static Stream<Arguments> gfm() {
    return examples(TestResources.getGfmSpec());
  }

  private static Stream<Arguments> examples(URL spec) {
    List<Example> examples = ExampleReader.readExamples(spec);
    return IntStream.range(0, examples.size()).mapToObj(i -> Arguments.of(i + 1,
        examples.get(i).getSection(), examples.get(i).getSource(),
        examples.get(i).getHtml().replace('\u2192', '\t')));
  }

  @ParameterizedTest(name = "CommonMark example {0} ({1})")
  @MethodSource("commonMark")
  void commonMarkExampleKeepsItsVisibleText(int number, String section, String markdown,
      String html) throws Exception {
    check(number, markdown, html, COMMONMARK_DEVIATIONS.contains(number),
        COMMONMARK_MALFORMED_URLS.contains(number));
  }

  @ParameterizedTest(name = "GFM example {0} ({1})")
  @MethodSource("gfm")
  void gfmExampleKeepsItsVisibleText(int number, String section, String markdown, String html)
      throws Exception {
    check(number, markdown, html, GFM_DEVIATIONS.contains(number),
        GFM_MALFORMED_URLS.contains(number));
  }

  private static void check(int number, String markdown, String expected, boolean deviation,
      boolean malformedUrl) throws Exception {
    ReadResult<Article> read = READER.read("example-" + number + ".md", markdown);
    Article article = read.value();
    InMemoryOutput out = new InMemoryOutput();
    EXPORTER.export(Publication.of(article), read.sourceMap(), out, ErrorPolicy.EXPORT_ANYWAY);
    String ours = new String(out.file(article.id() + HtmlExporter.FRAGMENT_SUFFIX),
        StandardCharsets.UTF_8);
    assertThat(NuChecker.problems(NuChecker.wrap(ours)))
        .filteredOn(problem -> !(malformedUrl && problem.contains("Bad URL")))
        .as("Nu HTML Checker on example %d%n--- input ---%n%s--- ours ---%n%s", number,
            markdown, ours).isEmpty();
    if (deviation || read.diagnostics().stream().anyMatch(d -> d.code()
        .equals("html.dropped"))) {
      return;
    }
    assertThat(missing(expected, ours, article.title()))
        .as("example %d: words of the expected HTML missing from ours%n--- input ---%n%s"
            + "--- expected ---%n%s--- ours ---%n%s", number, markdown, expected, ours)
        .isEmpty();
  }

  /** The first level-1 heading becomes the article title: it is compared with ours apart. */
  private static List<String> missing(String expected, String ours, String title) {
    Matcher heading = FIRST_H1.matcher(expected);
    if (title.isEmpty() || !heading.find()) {
      return VisibleWords.missing(VisibleWords.of(expected), VisibleWords.of(ours));
    }
    Matcher ourHeading = FIRST_H1.matcher(ours);
    assertThat(ourHeading.find()).as("our title heading").isTrue();
    List<String> missing = new ArrayList<>(VisibleWords.missing(
        VisibleWords.of(heading.group(1)), VisibleWords.of(ourHeading.group(1))));
    missing.addAll(VisibleWords.missing(
        VisibleWords.of(expected.substring(0, heading.start()) + expected.substring(
            heading.end())),
        VisibleWords.of(ours.substring(0, ourHeading.start()) + ours.substring(
            ourHeading.end()))));
    return missing;
  }
}
