package dev.pamphlet.core.markdown;

import static dev.pamphlet.core.markdown.FrontMatterReadings.assertSameReading;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pamphlet.core.markdown.FrontMatterReadings.Keyed;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Front matter in the forms authors write is read without the YAML parser; it must mean exactly
 * what the YAML parser makes of it, and anything else must be left to the YAML parser.
 */
class PlainFrontMatterTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "id: article-007\ntitle: Patient guide 7\nlanguage: en\n",
      "title: It's what we do, and why (a guide)\nsummary: A b|c > d & e * f ! g % h @ i\n",
      "reviewed: 2026-03-01\nnext-review: 2027-02-28\n",
      "reviewed: 2026-02-30\nnext-review: 2026-13-01\n",
      "keywords: [care, recovery, guide]\nauthors: [Ana Ruiz,Ben Okafor]\n",
      "keywords: care, recovery\nauthors: Ana Ruiz\norganization: Riverside Clinic\n",
      "title:    spaced out   \nlang: pt-BR\ncover: images/cover.jpg\n",
      "id: not a valid id\ncolour: blue\nsources: [NICE guideline, Other]\n",
      "title: First\ntitle: Second\nOrganization_Name: x\n",
      "title: back\\slash and \"quotes\" inside\n",
      "title: \"Quoted: with # inside\"\nsubtitle: 'it''s quoted'\nsummary: \"\"\n",
      "title: café crème\ncover: https://example.org/a.png#top\n",
      "summary: >-\n  Folded into\n  one line.\n\n  A second paragraph.\ntitle: x\n",
      "summary: |\n  Kept as\n  two lines.\n",
      "authors:\n  - Ana Ruiz\n  - Ben Okafor\n\nkeywords:\n- sleep\n- mood\n",
      "organization:\n  name: Riverside Clinic\n  contact: 0161 555 0100, Riverside Road\n",
      "organization:\n  name: Riverside Clinic\n  fax: 0161 555 0199\n",
      "sources:\n  - NICE guideline NG222\n  - text: >-\n      Raichle ME. A default\n"
          + "      mode of brain function.\n    url: https://doi.org/10.1073/pnas.98.2.676\n",
      "sources:\n  - url: https://x.org\n",
  })
  void authorsFrontMatterTakesThePlainReadingAndMeansWhatTheYamlParserReads(String yaml) {
    assertThat(PlainFrontMatter.entries(yaml)).as("takes the plain reading").isNotNull();
    assertSameReading(yaml);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "title: true\n", "title: No\n", "title: null\n", "title: 12\n", "title: 007\n",
      "title: 2026-3-1\n", "title:\n", "title: a: b\n", "title: a # comment\n",
      "# comment\ntitle: a\n", "title: a\n  continued\n", "title: \"a\\tb\"\n",
      "title: \"multi\n  line\"\n", "keywords: []\n", "keywords: [a, 'b']\n",
      "keywords: [a, [b]]\n", "title: a\tb\n", "- item\n", "plain words\n", "true: x\n",
      "title: &anchor x\n", "title: !!str 12\n", "---\ntitle: x\n", "? title\n: x\n",
      "title: {a: b}\n", "  title: x\n", "summary: >+\n  kept\n", "summary: |2\n   text\n",
      "summary: >\n  a\n    more indented\n", "summary: >\n  trailing space \n",
      "summary: >\n\n  after an empty line\n", "organization:\n  name: x\n  name: y\n",
      "organization:\n  name:\n    deeper: x\n", "authors:\n  - - nested\n",
      "authors:\n  -   extra spaces\n", "authors:\n  - a\n   - b\n", "title: a\n  \n",
      "title: emoji \ud83d\ude00\n", "title: line\u2028separator\n", "title: x\r\n",
  })
  void anythingElseGoesToTheYamlParser(String yaml) {
    assertThat(PlainFrontMatter.entries(yaml)).isNull();
  }

  @Test
  void foldedTextJoinsLinesWithSpacesAndKeepsEmptyLinesAsLineBreaks() {
    assertThat(entries("summary: >-\n  One\n  two.\n\n\n  Three.\n"))
        .containsExactly(new Keyed("summary", "\"One two.\\n\\nThree.\"", 1, 1));
  }

  @Test
  void literalTextKeepsItsLineBreaksAndOneFinalBreakUnlessStripped() {
    assertThat(entries("a: |\n  One\n\n  two.\n\nb: |-\n  Three\n"))
        .containsExactly(new Keyed("a", "\"One\\n\\ntwo.\\n\"", 1, 1),
            new Keyed("b", "\"Three\"", 6, 1));
  }

  @Test
  void listOfSourcesGivesOneObjectPerMappingItemInItsOrder() {
    assertThat(entries("sources:\n- NICE\n- url: u\n  text: t\n"))
        .containsExactly(new Keyed("sources", "[\"NICE\",{\"url\":\"u\",\"text\":\"t\"}]", 1, 1));
  }

  @Test
  void everyKeyIsPlacedAtItsOwnLineAndTheLeftMargin() {
    assertThat(entries("title: a\n\nauthors:\n  - b\nid: c\n"))
        .extracting(Keyed::line, Keyed::column)
        .containsExactly(tuple(1, 1), tuple(3, 1), tuple(5, 1));
  }

  /** The plain reading's entries, after checking the YAML parser reads the same. */
  private static List<Keyed> entries(String yaml) {
    assertThat(assertSameReading(yaml)).isTrue();
    return FrontMatterReadings.plainEntries(yaml);
  }
}
