package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.load.SourceLoader;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The example booklet ({@code examples/}, read as the command line reads it) exports without
 * any problem, and the Nu HTML Checker finds no error and no warning in any file: each
 * article's fragment (wrapped in a minimal page) and standalone page, and the booklet page,
 * with the default options and with the fragment options a web team would use.
 */
class ExamplesValidityTest {
  private static final Map<String, HtmlOptions> OPTION_SETS = Map.of(
      "defaults", HtmlOptions.DEFAULTS,
      "heading-start=2 id-prefix=ex- new-tab large-print", HtmlOptions.builder()
          .headingStart(2).idPrefix("ex-").externalLinksNewTab(true).largePrint(true).build());

  private static ReadResult<Publication> examples() throws Exception {
    return SourceLoader.create().load(List.of(Samples.examplesDir()));
  }

  @Test
  void theExampleBookletExportsWithoutErrorsOrExporterWarnings() throws Exception {
    ReadResult<Publication> read = examples();
    assertThat(read.diagnostics()).noneMatch(Diagnostic::isError);
    InMemoryOutput out = new InMemoryOutput();
    ExportReport report = new HtmlExporter().export(read.value(), read.sourceMap(), out,
        ErrorPolicy.REFUSE);
    assertThat(report.diagnostics()).noneMatch(Diagnostic::isError)
        .noneMatch(d -> d.code().startsWith("link."));
    int articles = read.value().articles().size();
    assertThat(articles).isGreaterThanOrEqualTo(3);
    assertThat(out.files()).hasSize(2 * articles + 1).containsKey("index.html");
  }

  @TestFactory
  Stream<DynamicTest> everyExampleFileIsValidHtml() throws Exception {
    ReadResult<Publication> read = examples();
    List<DynamicTest> tests = new ArrayList<>();
    OPTION_SETS.forEach((label, options) -> Outputs.export(read.value(), read.sourceMap(),
        options).forEach((name, html) -> tests.add(DynamicTest.dynamicTest(
            name + " [" + label + "]", () -> assertThat(NuChecker.problems(
                Outputs.checkable(name, html)))
                .as("Nu HTML Checker messages for %s", name).isEmpty()))));
    return tests.stream();
  }

  @Test
  void theBookletPageHoldsEveryArticle() throws Exception {
    ReadResult<Publication> read = examples();
    String booklet = Outputs.export(read.value(), read.sourceMap(), HtmlOptions.DEFAULTS)
        .get("index.html");
    read.value().articles().forEach(article -> assertThat(booklet)
        .contains("<article id=\"" + article.id() + "\"")
        .contains(article.title().replace("&", "&amp;")));
  }
}
