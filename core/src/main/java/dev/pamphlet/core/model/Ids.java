package dev.pamphlet.core.model;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ids for articles and sections: what makes an id valid, and the GitHub-style slug that
 * Markdown authors already link with ({@code "Side effects & risks"} → {@code
 * "side-effects--risks"}).
 */
public final class Ids {
  private Ids() {}

  /** Whether {@code id} may be used as an article or section id. */
  public static boolean isValid(String id) {
    if (id == null || id.isEmpty()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (Character.isWhitespace(c) || c == '#' || c == '/' || c == '"' || c == '\''
          || c == '<' || c == '>' || Character.isISOControl(c)) {
        return false;
      }
    }
    return true;
  }

  /** Returns {@code id} when valid; otherwise throws {@link IllegalArgumentException}. */
  public static String requireValid(String id) {
    if (!isValid(id)) {
      throw new IllegalArgumentException(
          "invalid id \"" + id + "\": ids are non-empty, with no spaces, '#', '/', quotes or '<>'");
    }
    return id;
  }

  /**
   * The GitHub-style slug of a title: lowercased, punctuation dropped, spaces to hyphens.
   * Letters and digits of every script are kept, and combining marks after them. A title with nothing left gives
   * {@code "section"}.
   */
  public static String slug(String title) {
    StringBuilder out = new StringBuilder(title.length());
    String lower = title.toLowerCase(Locale.ROOT).strip();
    for (int i = 0; i < lower.length(); ) {
      int cp = lower.codePointAt(i);
      if (Character.isLetterOrDigit(cp) || cp == '-' || cp == '_') {
        out.appendCodePoint(cp);
      } else if (cp == ' ') {
        out.append('-');
      } else if ((Character.getType(cp) == Character.NON_SPACING_MARK
          || Character.getType(cp) == Character.COMBINING_SPACING_MARK) && out.length() > 0) {
        // A mark is kept with the letter it sits on; one with nothing before it is dropped (an
        // id that starts with a combining mark draws the HTML checker's warning; fuzzing).
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.length() == 0 ? "section" : out.toString();
  }

  /** A fresh allocator of unique ids, one per article. Not thread-safe. */
  public static Allocator allocator() {
    return new Allocator();
  }

  /**
   * Hands out unique ids within one article: explicit ids as given, slugs made unique with
   * {@code -1}, {@code -2} … in document order, as GitHub does.
   */
  public static final class Allocator {
    private final Set<String> taken = new HashSet<>();
    /** For each slug, the suffix to try next: a thousand "Aftercare" sections cost linear time. */
    private final Map<String, Integer> nextSuffix = new HashMap<>();

    private Allocator() {}

    /** Marks an explicit id as used; returns false when it was already taken. */
    public boolean claim(String id) {
      return taken.add(id);
    }

    /** The slug of {@code title}, made unique among the ids handed out or claimed so far. */
    public String slugFor(String title) {
      String base = slug(title);
      if (taken.add(base)) {
        return base;
      }
      // Suffixes below the one remembered were all taken, and ids are never given back.
      int n = nextSuffix.getOrDefault(base, 1);
      String id = base + "-" + n;
      while (!taken.add(id)) {
        n++;
        id = base + "-" + n;
      }
      nextSuffix.put(base, n + 1);
      return id;
    }
  }
}
