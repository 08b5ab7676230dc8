package dev.pamphlet.core.markdown;

/**
 * Why some spec examples cannot show the spec's text: corners where flexmark 0.64.8 parses
 * differently from the specs (it predates CommonMark 0.30 and 0.31, and differs from 0.29 in a
 * few places). Each reason names what happens to the text.
 */
final class FlexmarkDeviations {
  static final String DEFINITION_WITHOUT_SPACE_BEFORE_TITLE =
      "flexmark accepts '[foo]: <bar>(baz)' as a link reference definition (the spec needs a"
          + " space before the title), so the line is consumed as a definition, not text";
  static final String DEFINITION_BEFORE_SETEXT_UNDERLINE =
      "flexmark reads a link reference definition followed by '===' as the text of a setext"
          + " heading, so the '===' is heading markup and the definition is not resolved";
  static final String LIST_ITEM_INDENTED_FOUR_SPACES =
      "flexmark starts a list item at a marker indented four spaces where the spec continues"
          + " the previous paragraph, so the marker ('-', '3.') is markup, not text";
  static final String CURRENCY_SYMBOLS_AS_PUNCTUATION =
      "CommonMark 0.31 counts symbols such as '£' as punctuation for emphasis; flexmark does"
          + " not, so '*£*' is emphasis and its asterisks markup, not text";
  static final String RULE_OF_THREE =
      "flexmark does not apply the 'multiple of three' rule for emphasis delimiters, so it"
          + " keeps more asterisks as text than the spec: nothing is lost, words differ";
  static final String SPACES_IN_POINTY_DESTINATION =
      "flexmark does not allow spaces inside '<...>' link destinations, so the link stays"
          + " literal text: nothing is lost, words differ";
  static final String ESCAPED_POINTY_BRACKET =
      "flexmark reads '[link](<foo\\>)' as a link to 'foo\\' where the spec sees no link, so"
          + " the destination is consumed as a URL, not text";
  static final String FULL_CASE_FOLDING =
      "flexmark does not fold 'ẞ' to 'SS' when matching reference labels, so '[ẞ]' stays"
          + " literal text: nothing is lost, words differ";

  private FlexmarkDeviations() {}
}
