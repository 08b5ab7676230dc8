package dev.pamphlet.core.validate;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean …?": the closest of some known ids to a misspelt one, by edit distance. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The candidate closest to {@code wanted}, if it is close enough to be a likely typo: at most
   * two edits, or a third of the length for long ids. Ties go to the earliest candidate, so the
   * suggestion is stable.
   */
  static Optional<String> closest(String wanted, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = distance(wanted, candidate);
      if (distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    int allowed = Math.max(2, wanted.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  /** The Levenshtein distance between {@code a} and {@code b}, ignoring case. */
  static int distance(String a, String b) {
    String x = a.toLowerCase(java.util.Locale.ROOT);
    String y = b.toLowerCase(java.util.Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitution = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
  }
}
