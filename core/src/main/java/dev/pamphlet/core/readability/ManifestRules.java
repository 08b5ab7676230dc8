package dev.pamphlet.core.readability;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads plain-language rules from the {@code plain-language} part of a booklet manifest:
 *
 * <pre>
 * plain-language:
 *   target-grade: 6
 *   max-sentence-words: 20
 *   max-section-words: 250
 *   require-summary: true
 *   require-action: true
 *   plainer-words:
 *     utilize: use
 * </pre>
 *
 * Keys left out keep their defaults; {@code plainer-words} adds to the default list. Bad
 * values are diagnostics ({@code manifest.bad-value}), and the defaults stand for them.
 */
public final class ManifestRules {
  private static final String SECTION = "plain-language";
  private ManifestRules() {}

  /** Made on first use: most manifests have no rules, and the mapper is slow to set up. */
  private static final class Yaml {
    static final YAMLMapper MAPPER = YAMLMapper.builder().build();

    private Yaml() {}
  }

  /** The rules in manifest text {@code yaml} read from {@code file}, over {@code defaults}. */
  public static ReadResult<PlainLanguageRules> read(String file, String yaml,
      PlainLanguageRules defaults) {
    if (!yaml.contains(SECTION)) {
      // No key can be named so without these letters, so a manifest without rules is not
      // parsed a second time (the manifest reader has checked its syntax).
      return new ReadResult<>(defaults, List.of(), SourceMap.EMPTY);
    }
    List<Diagnostic> problems = new ArrayList<>();
    JsonNode section;
    try {
      JsonNode root = Yaml.MAPPER.readTree(yaml);
      section = root == null ? null : root.get(SECTION);
    } catch (JacksonException e) {
      // The manifest reader reports YAML syntax errors; nothing more to say here.
      return new ReadResult<>(defaults, List.of(), SourceMap.EMPTY);
    }
    if (section == null || section.isNull()) {
      return new ReadResult<>(defaults, List.of(), SourceMap.EMPTY);
    }
    SourcePosition where = SourcePosition.of(file);
    if (!section.isObject()) {
      problems.add(Diagnostic.error("manifest.bad-value",
          "'plain-language' must be a map of settings", where));
      return new ReadResult<>(defaults, problems, SourceMap.EMPTY);
    }
    double grade = defaults.targetGrade();
    int sentenceWords = defaults.maxSentenceWords();
    int sectionWords = defaults.maxSectionWords();
    boolean summary = defaults.requireSummary();
    boolean action = defaults.requireAction();
    Map<String, String> words = new LinkedHashMap<>(defaults.plainerWords());
    for (Map.Entry<String, JsonNode> entry : section.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      String path = "plain-language." + key;
      switch (key) {
        case "target-grade" -> grade = positiveNumber(value, path, grade, where, problems);
        case "max-sentence-words" ->
            sentenceWords = (int) positiveNumber(value, path, sentenceWords, where, problems);
        case "max-section-words" ->
            sectionWords = (int) positiveNumber(value, path, sectionWords, where, problems);
        case "require-summary" -> summary = bool(value, path, summary, where, problems);
        case "require-action" -> action = bool(value, path, action, where, problems);
        case "plainer-words" -> {
          if (value.isObject()) {
            value.properties().forEach(w -> words.put(w.getKey(), w.getValue().asString()));
          } else {
            problems.add(Diagnostic.error("manifest.bad-value",
                "'" + path + "' must map hard words to plainer ones", where));
          }
        }
        default -> problems.add(Diagnostic.warning("manifest.unknown-key", "unknown key '"
            + path + "'; known: target-grade, max-sentence-words, max-section-words,"
            + " require-summary, require-action, plainer-words", where));
      }
    }
    return new ReadResult<>(new PlainLanguageRules(grade, sentenceWords, sectionWords, summary,
        action, words), problems, SourceMap.EMPTY);
  }

  private static double positiveNumber(JsonNode value, String path, double fallback,
      SourcePosition where, List<Diagnostic> problems) {
    if (value.isNumber() && value.asDouble() > 0) {
      return value.asDouble();
    }
    problems.add(Diagnostic.error("manifest.bad-value",
        "'" + path + "' must be a positive number, was '" + value.asString() + "'", where));
    return fallback;
  }

  private static boolean bool(JsonNode value, String path, boolean fallback,
      SourcePosition where, List<Diagnostic> problems) {
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    problems.add(Diagnostic.error("manifest.bad-value",
        "'" + path + "' must be true or false, was '" + value.asString() + "'", where));
    return fallback;
  }
}
