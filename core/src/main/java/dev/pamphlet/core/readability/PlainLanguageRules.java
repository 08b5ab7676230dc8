package dev.pamphlet.core.readability;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The thresholds and word list of the plain-language check. Defaults follow patient-education
 * guidance: grade 8 or below, sentences of 25 words or fewer, sections short enough to read
 * in one go (300 words), and a list of words with plainer alternatives.
 *
 * @param targetGrade the highest acceptable Flesch–Kincaid grade
 * @param maxSentenceWords longer sentences are reported
 * @param maxSectionWords longer sections (their own prose, not sub-sections) are reported
 * @param requireSummary whether a summary or stated purpose is expected
 * @param requireAction whether a handout needs a numbered step list or a checklist
 * @param plainerWords hard word (lowercase) → plainer alternative, reported when used
 */
public record PlainLanguageRules(double targetGrade, int maxSentenceWords, int maxSectionWords,
    boolean requireSummary, boolean requireAction, Map<String, String> plainerWords) {

  /** The default word list: common medical and formal words with everyday alternatives. */
  public static final Map<String, String> DEFAULT_PLAINER_WORDS = Map.ofEntries(
      Map.entry("utilize", "use"), Map.entry("administer", "give"),
      Map.entry("commence", "start"), Map.entry("discontinue", "stop"),
      Map.entry("approximately", "about"), Map.entry("physician", "doctor"),
      Map.entry("medication", "medicine"), Map.entry("adverse", "harmful"),
      Map.entry("hypertension", "high blood pressure"), Map.entry("prior", "before"),
      Map.entry("subsequently", "later"), Map.entry("sufficient", "enough"),
      Map.entry("assist", "help"), Map.entry("ambulate", "walk"),
      Map.entry("cognitive", "thinking"), Map.entry("efficacy", "how well it works"),
      Map.entry("contraindicated", "not safe"), Map.entry("facilitate", "help"),
      Map.entry("regarding", "about"), Map.entry("terminate", "end"));

  /** The defaults. */
  public static final PlainLanguageRules DEFAULT =
      new PlainLanguageRules(8, 25, 300, true, true, DEFAULT_PLAINER_WORDS);

  public PlainLanguageRules {
    if (!(targetGrade > 0) || maxSentenceWords < 1 || maxSectionWords < 1) {
      throw new IllegalArgumentException("thresholds must be positive");
    }
    TreeMap<String, String> words = new TreeMap<>();
    plainerWords.forEach((word, plainer) -> words.put(word.toLowerCase(Locale.ROOT), plainer));
    plainerWords = java.util.Collections.unmodifiableMap(words);
  }

  /** These rules with another target grade. */
  public PlainLanguageRules withTargetGrade(double grade) {
    return new PlainLanguageRules(grade, maxSentenceWords, maxSectionWords, requireSummary,
        requireAction, plainerWords);
  }

  /** These rules with other sentence and section limits. */
  public PlainLanguageRules withLimits(int sentenceWords, int sectionWords) {
    return new PlainLanguageRules(targetGrade, sentenceWords, sectionWords, requireSummary,
        requireAction, plainerWords);
  }

  /** These rules with another word list. */
  public PlainLanguageRules withPlainerWords(Map<String, String> words) {
    return new PlainLanguageRules(targetGrade, maxSentenceWords, maxSectionWords,
        requireSummary, requireAction, words);
  }
}
