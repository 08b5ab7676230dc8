package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Front matter read both ways, the plain reading ({@link PlainFrontMatter}) and the YAML parser
 * alone, for the tests that show the two agree.
 */
final class FrontMatterReadings {
  private static final YAMLMapper YAML = YAMLMapper.builder()
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * A top-level key, its value as JSON (so order and type count), and where the key stands in
   * the YAML text (1-based).
   */
  record Keyed(String key, String json, int line, int column) {}

  /** What reading gave: the result and every diagnostic, with its position. */
  record Reading(FrontMatter.Result result, List<Diagnostic> diagnostics) {}

  private FrontMatterReadings() {}

  /** The plain reading's entries, or null when it leaves {@code yaml} to the YAML parser. */
  static List<Keyed> plainEntries(String yaml) {
    List<PlainFrontMatter.Entry> entries = PlainFrontMatter.entries(yaml);
    return entries == null ? null : entries.stream()
        .map(e -> new Keyed(e.key(), e.value().toString(), e.line() + 1, 1)).toList();
  }

  /** The YAML parser's entries, read as {@link FrontMatter} reads them: key by key. */
  static List<Keyed> yamlParserEntries(String yaml) {
    List<Keyed> out = new ArrayList<>();
    try (JsonParser parser = YAML.createParser(yaml)) {
      assertThat(parser.nextToken()).as("%s", yaml).isEqualTo(JsonToken.START_OBJECT);
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        TokenStreamLocation at = parser.currentTokenLocation();
        parser.nextToken();
        out.add(new Keyed(key, YAML.readTree(parser).toString(), at.getLineNr(),
            at.getColumnNr()));
      }
    }
    return out;
  }

  /** Reads {@code yaml} as the front matter of {@code guide.md}, plain reading first or not. */
  static Reading read(String yaml, boolean plainFirst) {
    String markdown = "---\n" + yaml + "---\nBody.\n";
    SourceLines lines = new SourceLines("guide.md", markdown);
    List<Diagnostic> diagnostics = new ArrayList<>();
    FrontMatter.Result result = plainFirst
        ? FrontMatter.read(yaml, 2, lines, diagnostics::add)
        : FrontMatter.readWithYamlParser(yaml, 2, lines, diagnostics::add);
    return new Reading(result, diagnostics);
  }

  /**
   * Asserts that {@code yaml} reads the same with the plain reading as with the YAML parser
   * alone: the same values at the same places, the same metadata and the same diagnostics.
   * Returns whether the plain reading took it.
   */
  static boolean assertSameReading(String yaml) {
    List<Keyed> plain = plainEntries(yaml);
    if (plain != null) {
      assertThat(plain).as("entries of%n%s", yaml).isEqualTo(yamlParserEntries(yaml));
    }
    assertThat(read(yaml, true)).as("reading of%n%s", yaml).isEqualTo(read(yaml, false));
    return plain != null;
  }

  /** The YAML text of the front matter {@code markdown} starts with, or null. */
  static String yamlOf(String markdown) {
    if (!markdown.startsWith("---\n")) {
      return null;
    }
    int end = markdown.indexOf("\n---\n", 3);
    return end < 0 ? null : FrontMatter.yamlOf(markdown.substring(0, end + 4));
  }
}
