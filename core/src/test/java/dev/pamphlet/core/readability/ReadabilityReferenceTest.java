package dev.pamphlet.core.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pamphlet.core.build.ArticleBuilder;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Compares the analysis with a reference implementation (npm text-readability 1.1.1) on the
 * same texts; see the README beside the reference figures for how they were produced and why
 * small differences are expected. The differences are printed on every run.
 */
class ReadabilityReferenceTest {
  private static final String DIR = "reference/";

  static Stream<String> texts() {
    return Stream.of("after-a-session.txt", "brain-change.txt", "consent-dense.txt");
  }

  @ParameterizedTest
  @MethodSource("texts")
  void scoresAgreeWithTheReferenceImplementationWithinTolerance(String name) throws IOException {
    JsonNode expected = reference().get(name);
    String text = resource(DIR + "texts/" + name);
    ArticleBuilder builder = Article.builder("reference").title("Reference").language("en");
    for (String line : text.split("\n")) {
      builder.paragraph(line);
    }
    Article article = builder.build();
    ReadabilityScores ours = ReadabilityAnalyzer.create(PlainLanguageRules.DEFAULT)
        .analyze(Publication.of(article), SourceMap.EMPTY).get(0).scores().orElseThrow();

    System.out.printf(Locale.ROOT,
        "%-20s ours/reference: words %d/%d sentences %d/%d syllables %d/%d polysyllables %d/%d"
            + " FK %.2f/%.2f FRE %.2f/%.2f SMOG %.2f/%.2f%n",
        name, ours.words(), expected.get("words").asInt(), ours.sentences(),
        expected.get("sentences").asInt(), ours.syllables(), expected.get("syllables").asInt(),
        ours.polysyllables(), expected.get("polysyllables").asInt(), ours.fleschKincaidGrade(),
        expected.get("fleschKincaidGrade").asDouble(), ours.fleschReadingEase(),
        expected.get("fleschReadingEase").asDouble(), ours.smogGrade(),
        expected.get("smogGrade").asDouble());

    assertThat(ours.sentences()).isEqualTo(expected.get("sentences").asInt());
    assertThat((double) ours.words())
        .isCloseTo(expected.get("words").asDouble(), within(expected.get("words").asDouble() * 0.03));
    assertThat((double) ours.syllables()).isCloseTo(expected.get("syllables").asDouble(),
        within(expected.get("syllables").asDouble() * 0.06));
    assertThat(ours.fleschKincaidGrade())
        .isCloseTo(expected.get("fleschKincaidGrade").asDouble(), within(1.0));
    assertThat(ours.fleschReadingEase())
        .isCloseTo(expected.get("fleschReadingEase").asDouble(), within(6.0));
    assertThat(ours.smogGrade()).isCloseTo(expected.get("smogGrade").asDouble(), within(1.5));
  }

  private static JsonNode reference() throws IOException {
    return JsonMapper.builder().build()
        .readTree(resource(DIR + "expected-text-readability.json"));
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = ReadabilityReferenceTest.class.getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
