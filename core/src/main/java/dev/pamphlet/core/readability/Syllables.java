package dev.pamphlet.core.readability;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Counts the syllables of an English word by rule, as readability formulas expect: vowel
 * groups, less a silent final "e" and the like, plus a small table of common exceptions.
 * The agreement with a pronouncing dictionary is measured by the test suite (see
 * {@code SyllablesTest}). Numbers count as one syllable per digit group, as read aloud roughly.
 */
public final class Syllables {
  /** Words the rules get wrong that patient material uses often. */
  private static final Map<String, Integer> EXCEPTIONS = Map.ofEntries(
      Map.entry("different", 3), Map.entry("evening", 2),
      Map.entry("business", 2), Map.entry("area", 3), Map.entry("idea", 3),
      Map.entry("being", 2), Map.entry("doing", 2), Map.entry("going", 2),
      Map.entry("people", 2), Map.entry("create", 2), Map.entry("created", 3),
      Map.entry("science", 2), Map.entry("quiet", 2), Map.entry("diet", 2),
      Map.entry("anxiety", 4), Map.entry("serious", 3), Map.entry("period", 3),
      Map.entry("real", 1), Map.entry("really", 2), Map.entry("ketamine", 3),
      Map.entry("psychedelic", 4), Map.entry("psychedelics", 4), Map.entry("mri", 3),
      Map.entry("therapeutic", 4), Map.entry("eye", 1), Map.entry("eyes", 1),
      Map.entry("fire", 1), Map.entry("hour", 1), Map.entry("hours", 1),
      Map.entry("our", 1), Map.entry("naive", 2), Map.entry("the", 1), Map.entry("themselves", 2),
      Map.entry("sometimes", 2), Map.entry("someone", 2), Map.entry("something", 2),
      Map.entry("everyone", 3), Map.entry("everything", 3), Map.entry("maybe", 2),
      Map.entry("medicine", 3), Map.entry("medicines", 3), Map.entry("patient", 2),
      Map.entry("patients", 2), Map.entry("brain", 1), Map.entry("pressure", 2),
      Map.entry("biology", 4), Map.entry("via", 2), Map.entry("toward", 2),
      Map.entry("towards", 2), Map.entry("usually", 4), Map.entry("actually", 4),
      Map.entry("social", 2), Map.entry("special", 2), Map.entry("experience", 4),
      Map.entry("depression", 3), Map.entry("reaction", 3), Map.entry("reactions", 3),
      Map.entry("safety", 2), Map.entry("nausea", 3), Map.entry("lifetime", 2));

  // Compiled once: counting runs for every word of every article.
  private static final Pattern POSSESSIVE = Pattern.compile("[\u2019']s$");
  private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^a-z0-9]");
  private static final Pattern TWO_SYLLABLE_IO = Pattern.compile("[^aeiouy]io(?![nu])");
  private static final Pattern INNER_SILENT_E =
      Pattern.compile("[^aeiouy]e(ful|ly|ment|ness|less)$");

  /**
   * Counts already made, by word as written. A booklet uses a few thousand distinct words many
   * times over, and the rules cost regular-expression passes per word; the cap bounds the
   * memory a hostile text can claim (beyond it, words are counted afresh).
   */
  private static final int CACHE_LIMIT = 50_000;
  private static final Map<String, Integer> COUNTED = new ConcurrentHashMap<>();

  private Syllables() {}

  /** The syllables of {@code word}; at least 1 for any word with a letter or digit. */
  public static int count(String word) {
    Integer counted = COUNTED.get(word);
    if (counted != null) {
      return counted;
    }
    int count = countByRule(word);
    if (COUNTED.size() < CACHE_LIMIT && word.length() <= 40) {
      COUNTED.put(word, count);
    }
    return count;
  }

  private static int countByRule(String word) {
    String lower = POSSESSIVE.matcher(word.toLowerCase(Locale.ROOT)).replaceAll("");
    String w = NOT_LETTER_OR_DIGIT.matcher(lower).replaceAll("");
    if (w.isEmpty()) {
      return 1;
    }
    if (Character.isDigit(w.charAt(0))) {
      return 1;
    }
    Integer known = EXCEPTIONS.get(w);
    if (known != null) {
      return known;
    }
    if (w.length() <= 3) {
      return 1;
    }
    int count = vowelGroups(w);
    if (w.endsWith("e") && !w.endsWith("le") && !w.endsWith("ee") && !w.endsWith("ie")
        && !w.endsWith("ye") && count > 1) {
      count--; // silent e: "make", "home"
    } else if (w.endsWith("le") && w.length() > 2 && isVowel(w.charAt(w.length() - 3))
        && count > 1) {
      count--; // "whale", "mile": the e is silent after a vowel
    }
    if ((w.endsWith("es") || w.endsWith("ed")) && count > 1 && !w.endsWith("ted")
        && !w.endsWith("ded") && !w.endsWith("ses") && !w.endsWith("zes")
        && !w.endsWith("ces") && !w.endsWith("ges") && !w.endsWith("shes")
        && !w.endsWith("ches") && !w.endsWith("xes") && !w.endsWith("ies")
        && !w.endsWith("ees") && !w.endsWith("oes")) {
      count--; // "makes", "helped": no extra syllable
    }
    // Vowel pairs that are two syllables: "ia" in "media", "io" in "radio", "eo" in "video".
    count += countMatches(w, "ia") + countMatches(w, "iet") + countMatches(w, "eo")
        + countMatches(w, "ua") + countMatches(w, "uo");
    count += TWO_SYLLABLE_IO.matcher(w).find() ? 1 : 0; // "radio", not "-tion", "-ious"
    if (INNER_SILENT_E.matcher(w).find() && count > 1) {
      count--; // a silent e inside: "careful", "lonely", "movement"
    }
    if (w.endsWith("ism")) {
      count++;
    }
    return Math.max(1, count);
  }

  private static int vowelGroups(String w) {
    int groups = 0;
    boolean inGroup = false;
    for (int i = 0; i < w.length(); i++) {
      boolean vowel = isVowel(w.charAt(i)) || (w.charAt(i) == 'y' && i > 0);
      if (vowel && !inGroup) {
        groups++;
      }
      inGroup = vowel;
    }
    return groups;
  }

  private static boolean isVowel(char c) {
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
  }

  private static int countMatches(String w, String pair) {
    int count = 0;
    for (int i = w.indexOf(pair); i >= 0; i = w.indexOf(pair, i + 1)) {
      // "tia"/"cia" as in "special" are one syllable.
      if (pair.equals("ia") && i > 0 && (w.charAt(i - 1) == 'c' || w.charAt(i - 1) == 't')) {
        continue;
      }
      // "qua"/"gua" as in "quality", "language": the u is a consonant sound.
      if (pair.equals("ua") && i > 0 && (w.charAt(i - 1) == 'q' || w.charAt(i - 1) == 'g')) {
        continue;
      }
      count++;
    }
    return count;
  }
}
