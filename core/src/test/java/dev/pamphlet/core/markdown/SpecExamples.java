package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.commonmark.testutil.example.Example;
import org.commonmark.testutil.example.ExampleReader;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The examples of a spec file (from {@code commonmark-test-util}) and the rule each must meet:
 * read without an exception, no internal error, every diagnostic placed, and the visible text
 * of the expected HTML present, in order, in the model.
 */
final class SpecExamples {
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final Pattern FIRST_H1 = Pattern.compile("<h1>(.*?)</h1>", Pattern.DOTALL);

  private SpecExamples() {}

  /**
   * One argument set per example: its number (counted through the file, as the spec's own
   * HTML version numbers them), section, Markdown and expected HTML. The spec writes tabs as
   * {@code →}; the reader already puts real tabs in the Markdown, we do so in the HTML.
   */
  static Stream<Arguments> of(URL spec) {
    List<Example> examples = ExampleReader.readExamples(spec);
    return IntStream.range(0, examples.size()).mapToObj(i -> Arguments.of(i + 1,
        examples.get(i).getSection(), examples.get(i).getSource(),
        examples.get(i).getHtml().replace('\u2192', '\t')));
  }

  /**
   * Checks one example. {@code unavoidable} lists examples (by number) whose visible text the
   * model cannot hold, each with its reason.
   */
  static void check(int number, String markdown, String html, Map<Integer, String> unavoidable) {
    String context = "example " + number + "\n--- input ---\n" + markdown
        + "--- expected HTML ---\n" + html;
    ReadResult<Article> result = READER.read("example-" + number + ".md", markdown);

    assertThat(result.diagnostics())
        .as("no internal errors in %s", context)
        .noneMatch(d -> d.code().equals("markdown.internal"));
    assertThat(result.diagnostics())
        .as("every diagnostic has a line and column in %s", context)
        .allMatch(d -> d.position().line() > 0 && d.position().column() > 0);

    List<String> missing = missingText(result.value(), html);
    if (unavoidable.containsKey(number)) {
      assertThat(missing)
          .as("example %d keeps its text now: remove it from the list of exceptions", number)
          .isNotEmpty();
      return;
    }
    if (missing.isEmpty()) {
      return;
    }
    boolean htmlDropped = result.diagnostics().stream()
        .map(Diagnostic::code).anyMatch("html.dropped"::equals);
    assertThat(htmlDropped)
        .as("text lost without html.dropped: missing %s%nmodel text %s%n%s",
            missing, ModelText.of(result.value()), context)
        .isTrue();
  }

  /** The words of the expected HTML's visible text that the model lacks. */
  private static List<String> missingText(Article article, String html) {
    // The first level-1 heading becomes the article title, which leaves the body.
    Matcher heading = FIRST_H1.matcher(html);
    if (article.title().isEmpty() || !heading.find()) {
      return VisibleText.missing(VisibleText.words(html),
          VisibleText.split(ModelText.of(article)));
    }
    List<String> missing = new ArrayList<>(VisibleText.missing(
        VisibleText.words(heading.group(1)), VisibleText.split(article.title())));
    String body = html.substring(0, heading.start()) + html.substring(heading.end());
    missing.addAll(VisibleText.missing(VisibleText.words(body),
        VisibleText.split(ModelText.body(article))));
    return missing;
  }
}
