package dev.pamphlet.core.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Front matter in its plainest and most common form, read without a YAML parser: every line is
 * {@code key: value}, where the value is a plain word-like text, a {@code YYYY-MM-DD} date or a
 * flow list of plain texts ({@code [care, recovery]}). Setting up a YAML parser costs more than
 * a whole short article's Markdown parse, and these lines mean the same in any YAML reader.
 *
 * <p>Anything else (quotes, comments, nesting, multi-line values, numbers, {@code true},
 * {@code null}, non-ASCII text ...) is left to the YAML parser: {@link #entries} then returns
 * null. The values given are exactly the nodes the YAML parser would give.
 */
final class PlainFrontMatter {
  /** One {@code key: value} line; {@code line} counts from 0. */
  record Entry(String key, JsonNode value, int line) {}

  /** Words YAML may read as null or a boolean rather than as text. */
  private static final Set<String> NOT_TEXT =
      Set.of("null", "true", "false", "yes", "no", "on", "off", "y", "n");
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private PlainFrontMatter() {}

  /** The entries of {@code yaml}, or null when it is not all plain {@code key: value} lines. */
  static List<Entry> entries(String yaml) {
    List<Entry> out = new ArrayList<>();
    int start = 0;
    int line = 0;
    while (start < yaml.length()) {
      int end = yaml.indexOf('\n', start);
      if (end < 0) {
        end = yaml.length();
      }
      Entry entry = entry(yaml.substring(start, end), line);
      if (entry == null) {
        return null;
      }
      out.add(entry);
      start = end + 1;
      line++;
    }
    return out.isEmpty() ? null : out;
  }

  private static Entry entry(String text, int line) {
    int colon = text.indexOf(": ");
    if (colon < 1 || !isKey(text.substring(0, colon))) {
      return null;
    }
    String raw = trimSpaces(text.substring(colon + 2));
    JsonNode value;
    if (raw.startsWith("[") && raw.endsWith("]")) {
      value = list(raw.substring(1, raw.length() - 1));
    } else {
      value = isDate(raw) || isPlainText(raw, false) ? NODES.stringNode(raw) : null;
    }
    return value == null ? null : new Entry(text.substring(0, colon), value, line);
  }

  private static ArrayNode list(String items) {
    ArrayNode out = NODES.arrayNode();
    for (String item : items.split(",", -1)) {
      String text = trimSpaces(item);
      if (!isPlainText(text, true)) {
        return null;
      }
      out.add(NODES.stringNode(text));
    }
    return out;
  }

  private static boolean isKey(String key) {
    if (!isLetter(key.charAt(0)) || NOT_TEXT.contains(key.toLowerCase(Locale.ROOT))) {
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
   * A plain scalar that can only be text: starts with a letter, printable ASCII without
   * {@code :} or {@code #} (and, inside a flow list, without flow indicators or quotes).
   */
  private static boolean isPlainText(String text, boolean inList) {
    if (text.isEmpty() || !isLetter(text.charAt(0))
        || NOT_TEXT.contains(text.toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < ' ' || c > '~' || c == ':' || c == '#') {
        return false;
      }
      if (inList && "[]{},\"'".indexOf(c) >= 0) {
        return false;
      }
    }
    return true;
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

  /** {@code text} without leading and trailing spaces (YAML's separation, not Java's). */
  private static String trimSpaces(String text) {
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

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
