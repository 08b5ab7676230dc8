package dev.pamphlet.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The texts {@link PlainFrontMatter} reads without a YAML parser: keys, one-line scalars (plain,
 * quoted, dates), flow lists of plain words, and folded or literal block scalars. Each method
 * gives the text the YAML parser would give (a string, never a number, boolean or null), or
 * null when the text is in any other form, or when the YAML parser could read it otherwise.
 */
final class PlainScalars {
  /** Words YAML may read as null or a boolean rather than as text. */
  private static final Set<String> NOT_TEXT =
      Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");
  private static final int LONGEST_NOT_TEXT = 5;
  /** Well under YAML's limit for a key written on its line (1024 characters). */
  private static final int LONGEST_KEY = 200;

  private PlainScalars() {}

  /** Whether {@code key} is a plain name: a letter, then letters, digits, '-' or '_'. */
  static boolean isKey(String key) {
    if (key.isEmpty() || key.length() > LONGEST_KEY || !isLetter(key.charAt(0))
        || isNotText(key)) {
      return false;
    }
    for (int i = 1; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!isLetter(c) && !isDigit(c) && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  /**
   * The text of a one-line scalar in block context, {@code text} given without surrounding
   * spaces: a plain text, a {@code YYYY-MM-DD} date, or a quoted text without escapes.
   */
  static String scalar(String text) {
    if (text.length() >= 2 && text.charAt(0) == '"' && text.endsWith("\"")) {
      String inner = text.substring(1, text.length() - 1);
      return inner.indexOf('"') < 0 && inner.indexOf('\\') < 0 && allSafe(inner) ? inner : null;
    }
    if (text.length() >= 2 && text.charAt(0) == '\'' && text.endsWith("'")) {
      String inner = text.substring(1, text.length() - 1);
      return inner.replace("''", "").indexOf('\'') < 0 && allSafe(inner)
          ? inner.replace("''", "'") : null;
    }
    return isDate(text) || isPlainText(text) ? text : null;
  }

  /**
   * The items of a flow list ({@code [care, recovery]}) of plain words, or null. Inside a flow
   * list YAML gives flow indicators and quotes meanings of their own; no item may hold them.
   */
  static List<String> flowList(String text) {
    if (!text.startsWith("[") || !text.endsWith("]")) {
      return null;
    }
    List<String> out = new ArrayList<>();
    for (String item : text.substring(1, text.length() - 1).split(",", -1)) {
      String word = trimSpaces(item);
      if (!startsAsText(word)) {
        return null;
      }
      for (int i = 1; i < word.length(); i++) {
        if (!isSafe(word.charAt(i)) || ":#[]{},\"'".indexOf(word.charAt(i)) >= 0) {
          return null;
        }
      }
      out.add(word);
    }
    return out;
  }

  /**
   * The text of a block scalar: {@code header} is {@code >} or {@code |}, optionally with the
   * strip indicator {@code -}; {@code lines} are its content lines without their indentation,
   * {@code ""} for an empty line, the first one not empty. Lines indented further (which keep
   * their line breaks) and lines with leading or trailing spaces are left to the YAML parser.
   */
  static String block(String header, List<String> lines) {
    boolean folded = header.startsWith(">");
    if (lines.isEmpty() || lines.get(0).isEmpty()) {
      return null;
    }
    if (!header.equals(">") && !header.equals(">-") && !header.equals("|")
        && !header.equals("|-")) {
      return null;
    }
    int end = lines.size();
    while (end > 0 && lines.get(end - 1).isEmpty()) {
      end--;
    }
    StringBuilder out = new StringBuilder();
    int emptyLines = 0;
    for (int i = 0; i < end; i++) {
      String line = lines.get(i);
      if (line.isEmpty()) {
        emptyLines++;
        continue;
      }
      if (line.startsWith(" ") || line.endsWith(" ") || !allSafe(line)) {
        return null;
      }
      if (i > 0) {
        // Folding: a line break between two lines is a space; empty lines are line breaks.
        out.append(folded && emptyLines == 0 ? " " : "\n".repeat(folded ? emptyLines
            : emptyLines + 1));
      }
      out.append(line);
      emptyLines = 0;
    }
    if (out.length() == 0) {
      return null;
    }
    return header.endsWith("-") ? out.toString() : out.append('\n').toString();
  }

  /** {@code text} without leading and trailing spaces (YAML's separation, not Java's). */
  static String trimSpaces(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && text.charAt(start) == ' ') {
      start++;
    }
    while (end > start && text.charAt(end - 1) == ' ') {
      end--;
    }
    return text.substring(start, end);
  }

  /**
   * A plain scalar that can only be text: it starts with a letter (or with a digit and holds a
   * space, which no YAML number does), holds no {@code ": "} or {@code " #"} (a mapping, a
   * comment), and does not end with {@code ':'}.
   */
  private static boolean isPlainText(String text) {
    if (text.isEmpty()
        || (!startsAsText(text) && !(isDigit(text.charAt(0)) && text.indexOf(' ') > 0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!isSafe(c)
          || (c == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' '))
          || (c == '#' && text.charAt(i - 1) == ' ')) {
        return false;
      }
    }
    return true;
  }

  /** Starts with a letter and is not a word YAML reads as null or a boolean. */
  private static boolean startsAsText(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char first = text.charAt(0);
    return (isLetter(first) || (first >= 0xA0 && isSafe(first) && Character.isLetter(first)))
        && !isNotText(text);
  }

  private static boolean isNotText(String word) {
    return word.length() <= LONGEST_NOT_TEXT && NOT_TEXT.contains(word.toLowerCase(Locale.ROOT));
  }

  private static boolean isDate(String text) {
    if (text.length() != 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (i != 4 && i != 7 && !isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean allSafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (!isSafe(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A character YAML reads as itself in any scalar: printable, no tab, no line break of any
   * kind, no byte order mark, no surrogate (so no code point outside the basic plane).
   */
  private static boolean isSafe(char c) {
    return (c >= ' ' && c <= '~')
        || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
        || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF);
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
