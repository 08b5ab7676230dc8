package dev.pamphlet.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Ids follow GitHub's heading anchors, the convention Markdown authors already link with. */
class IdsTest {
  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(delimiter = '|', value = {
      "Side effects               | side-effects",
      "Side effects & risks       | side-effects--risks",
      "What is ketamine?          | what-is-ketamine",
      "Step 1: Preparing          | step-1-preparing",
      "Don't panic!               | dont-panic",
      "C++ (and you)              | c-and-you",
      "snake_case and kebab-case  | snake_case-and-kebab-case",
      "Über Ketamin               | über-ketamin",
      "Émotions et dépression     | émotions-et-dépression",
      "日本語の見出し                | 日本語の見出し",
      "Ψυχοθεραπεία               | ψυχοθεραπεία",
      "Emoji 🎉 party             | emoji--party",
      "UPPER case                 | upper-case",
      "'quoted' \"double\"        | quoted-double",
  })
  void slugFollowsGitHub(String title, String slug) {
    assertThat(Ids.slug(title)).isEqualTo(slug);
  }

  @Test
  void combiningMarksStayWithTheirLettersAndALeadingOneIsDropped() {
    assertThat(Ids.slug("e\u0301cole")).isEqualTo("e\u0301cole");
    assertThat(Ids.slug("\u0301\u06E8school")).isEqualTo("school");
    assertThat(Ids.slug("\u06E8")).isEqualTo("section");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "!!!", "🎉", "?"})
  void titleWithNothingLeftGivesSection(String title) {
    assertThat(Ids.slug(title)).isEqualTo("section");
  }

  @Test
  void repeatedTitlesGetNumberedInDocumentOrder() {
    Ids.Allocator ids = Ids.allocator();
    assertThat(ids.slugFor("Overview")).isEqualTo("overview");
    assertThat(ids.slugFor("Overview")).isEqualTo("overview-1");
    assertThat(ids.slugFor("Overview!")).isEqualTo("overview-2");
  }

  @Test
  void generatedSlugsStepAroundIdsAlreadyTaken() {
    Ids.Allocator ids = Ids.allocator();
    assertThat(ids.claim("faq")).isTrue();
    assertThat(ids.claim("faq-1")).isTrue();
    assertThat(ids.slugFor("FAQ")).isEqualTo("faq-2");
    assertThat(ids.claim("faq")).as("claiming twice").isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"side-effects", "2.1", "über", "a_b", "x"})
  void validIds(String id) {
    assertThat(Ids.isValid(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "two words", "a#b", "a/b", "a\"b", "a'b", "<a>", "tab\there",
      "nul\u0000"})
  void invalidIds(String id) {
    assertThat(Ids.isValid(id)).isFalse();
  }
}
