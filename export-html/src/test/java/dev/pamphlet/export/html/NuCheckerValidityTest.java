package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

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
 * The Nu HTML Checker finds no error and no warning in anything the exporter writes: every
 * fragment (wrapped in a minimal page, as a host page would hold it) and every standalone page,
 * for content using every node type, under every option that changes the markup.
 */
class NuCheckerValidityTest {
  private static final Map<String, HtmlOptions> OPTION_SETS = Map.of(
      "defaults", HtmlOptions.DEFAULTS,
      "heading-start=2 id-prefix=leaflet-", HtmlOptions.builder().headingStart(2)
          .idPrefix("leaflet-").build(),
      "heading-start=6", HtmlOptions.builder().headingStart(6).build(),
      "large-print new-tab class-prefix=x-", HtmlOptions.builder().largePrint(true)
          .externalLinksNewTab(true).classPrefix("x-").build());

  @Test
  void theCheckerReportsErrorsAndWarningsSoASilentPassMeansSomething() throws Exception {
    String invalid = NuChecker.wrap("<section><p id=\"a\">x</p><p id=\"a\">y</p></section>"
        + "<a href=\"java script:x\">z</a>\n");
    assertThat(NuChecker.problems(invalid))
        .anyMatch(m -> m.contains("error: Duplicate ID"))
        .anyMatch(m -> m.contains("warning: Section lacks heading"));
  }

  @TestFactory
  Stream<DynamicTest> everyNodeIsValidHtmlUnderEveryOptionSet() {
    List<DynamicTest> tests = new ArrayList<>();
    Map<String, Publication> publications = Map.of("own sample", TestContent.everyNode(false),
        "own sample numbered", TestContent.everyNode(true), "Samples.everyNode",
        Samples.everyNode());
    for (Map.Entry<String, Publication> sample : publications.entrySet()) {
      Publication publication = sample.getValue();
      OPTION_SETS.forEach((label, options) ->
          Outputs.export(publication, options).forEach((name, html) ->
              tests.add(DynamicTest.dynamicTest(name + " [" + sample.getKey() + ", " + label
                  + "]", () ->
                  assertThat(NuChecker.problems(Outputs.checkable(name, html)))
                      .as("Nu HTML Checker messages for %s", name).isEmpty()))));
    }
    return tests.stream();
  }
}
