package dev.pamphlet.core.markdown;

import static java.util.Map.entry;

import java.util.Map;
import java.util.stream.Stream;
import org.commonmark.testutil.TestResources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example of the GitHub Flavored Markdown spec (0.29-gfm, 672 examples, extensions
 * included) is read without an exception and without losing text: the visible text of the
 * expected HTML is in the model.
 */
class GfmSpecTest {
  /**
   * Examples where flexmark 0.64.8 parses differently from the GFM spec, by number, with the
   * reason (the same corners as in {@link CommonMarkSpecTest}, numbered as in the GFM spec).
   */
  private static final Map<Integer, String> UNAVOIDABLE = Map.ofEntries(
      entry(170, FlexmarkDeviations.DEFINITION_WITHOUT_SPACE_BEFORE_TITLE),
      entry(184, FlexmarkDeviations.DEFINITION_BEFORE_SETEXT_UNDERLINE),
      entry(185, FlexmarkDeviations.DEFINITION_BEFORE_SETEXT_UNDERLINE),
      entry(292, FlexmarkDeviations.LIST_ITEM_INDENTED_FOUR_SPACES),
      entry(293, FlexmarkDeviations.LIST_ITEM_INDENTED_FOUR_SPACES),
      entry(425, FlexmarkDeviations.RULE_OF_THREE),
      entry(426, FlexmarkDeviations.RULE_OF_THREE),
      entry(498, FlexmarkDeviations.SPACES_IN_POINTY_DESTINATION),
      entry(502, FlexmarkDeviations.ESCAPED_POINTY_BRACKET));

  static Stream<Arguments> examples() {
    return SpecExamples.of(TestResources.getGfmSpec());
  }

  @ParameterizedTest(name = "example {0} ({1})")
  @MethodSource("examples")
  void exampleIsReadWithoutLosingText(int number, String section, String markdown, String html) {
    SpecExamples.check(number, markdown, html, UNAVOIDABLE);
  }
}
