package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Plain front matter is read without the YAML parser; it must mean exactly what the YAML parser
 * makes of it. Each case is read twice: as written (the fast path), and with a trailing YAML
 * comment line, which means nothing but sends the text through the YAML parser.
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
  })
  void plainFrontMatterMeansWhatTheYamlParserReads(String yaml) {
    assertThat(PlainFrontMatter.entries(yaml)).as("takes the fast path").isNotNull();
    ReadResult<Article> fast = Markdown.read("---\n" + yaml + "---\n\nBody.\n");
    ReadResult<Article> yamlParser =
        Markdown.read("---\n" + yaml + "# read by the YAML parser\n---\n\nBody.\n");

    assertThat(fast.value()).isEqualTo(yamlParser.value());
    assertThat(fast.diagnostics()).isEqualTo(yamlParser.diagnostics());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "title: \"quoted\"\n", "title: 'quoted'\n", "title: true\n", "title: No\n",
      "title: null\n", "title: 12\n", "title: 2026-3-1\n", "title:\n", "title: a: b\n",
      "title: a # comment\n", "title: a\n  continued\n", "organization:\n  name: x\n",
      "keywords: []\n", "keywords: [a, 'b']\n", "keywords: [a, [b]]\n", "title: café\n",
      "title: a\tb\n", "- item\n", "plain words\n", "true: x\n",
  })
  void anythingElseGoesToTheYamlParser(String yaml) {
    assertThat(PlainFrontMatter.entries(yaml)).isNull();
  }
}
