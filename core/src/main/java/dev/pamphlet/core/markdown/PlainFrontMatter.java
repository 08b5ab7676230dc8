package dev.pamphlet.core.markdown;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Front matter in the forms authors write, read without a YAML parser. Setting up and running
 * Jackson's YAML parser costs about a fifth of a whole article's Markdown parse; these forms
 * mean the same in any YAML reader, so a line-by-line reading gives the same values.
 *
 * <p>Read here: {@code key: value} lines at the left margin, where the value is a one-line
 * scalar (plain, quoted without escapes, a date; see {@link PlainScalars}), a flow list of
 * plain words ({@code [care, recovery]}), a folded or literal block scalar ({@code >},
 * {@code >-}, {@code |}, {@code |-}) or, on the lines below the key, a block list whose items
 * are scalars or mappings of such values, or a mapping of such values:
 *
 * <pre>
 * summary: &gt;-
 *   Text that folds
 *   into one line.
 * sources:
 *   - text: Raichle ME. A default mode of brain function.
 *     url: https://doi.org/10.1073/pnas.98.2.676
 * organization:
 *   name: Riverside Clinic
 * </pre>
 *
 * <p>Anything else (comments, anchors, tags, flow mappings, multi-line plain or quoted text,
 * deeper nesting, tabs, lines of spaces, irregular indentation, repeated keys inside a mapping,
 * empty values ...) is left to the YAML parser: {@link #entries} then returns null. When it
 * does not, its values are exactly the nodes the YAML parser gives.
 */
final class PlainFrontMatter {
  /** One top-level {@code key: value}; {@code line} counts from 0. */
  record Entry(String key, JsonNode value, int line) {}

  /** Far below the YAML parser's own limits on a document's size. */
  private static final int LONGEST = 20_000;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Thrown when the text is in a form not read here; cheap, without a stack trace. */
  private static final class NotPlain extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NotPlain() {
      super(null, null, false, false);
    }
  }

  private static final NotPlain NOT_PLAIN = new NotPlain();

  private final String[] lines;
  private int next;

  private PlainFrontMatter(String[] lines) {
    this.lines = lines;
  }

  /** The top-level entries of {@code yaml}, or null when it is not all in the forms read here. */
  static List<Entry> entries(String yaml) {
    if (yaml.isEmpty() || yaml.length() > LONGEST || yaml.indexOf('\t') >= 0
        || yaml.indexOf('\r') >= 0) {
      return null;
    }
    String text = yaml.endsWith("\n") ? yaml.substring(0, yaml.length() - 1) : yaml;
    try {
      return new PlainFrontMatter(text.split("\n", -1)).document();
    } catch (NotPlain e) {
      return null;
    }
  }

  private List<Entry> document() {
    List<Entry> out = new ArrayList<>();
    skipEmptyLines();
    while (next < lines.length) {
      int line = next;
      String text = lines[next++];
      int colon = keyEnd(text);
      String value = PlainScalars.trimSpaces(text.substring(colon + 1));
      out.add(new Entry(text.substring(0, colon),
          value.isEmpty() ? below() : value(value, 0), line));
      skipEmptyLines();
    }
    if (out.isEmpty()) {
      throw NOT_PLAIN;
    }
    return out;
  }

  /** The value on the lines below a top-level key: a block list or a mapping. */
  private JsonNode below() {
    if (next == lines.length) {
      throw NOT_PLAIN;
    }
    String text = lines[next];
    int indent = indent(text);
    if (text.startsWith("- ", indent)) {
      return list(indent);
    }
    if (indent == 0) {
      throw NOT_PLAIN;
    }
    next++;
    return mapping(text.substring(indent), indent);
  }

  /** A block list whose {@code "- "} marks stand {@code indent} spaces in. */
  private ArrayNode list(int indent) {
    ArrayNode out = NODES.arrayNode();
    while (next < lines.length && indent(lines[next]) == indent
        && lines[next].startsWith("- ", indent)) {
      String item = lines[next++].substring(indent + 2);
      if (item.startsWith(" ")) {
        throw NOT_PLAIN;
      }
      out.add(isEntry(item) ? mapping(item, indent + 2) : scalar(item));
      skipEmptyLines();
    }
    return out;
  }

  /**
   * A mapping whose keys stand {@code column} spaces in; {@code first} is its first entry, the
   * lines after it are read on.
   */
  private ObjectNode mapping(String first, int column) {
    ObjectNode out = NODES.objectNode();
    String text = first;
    while (true) {
      int colon = keyEnd(text);
      String key = text.substring(0, colon);
      String value = PlainScalars.trimSpaces(text.substring(colon + 1));
      if (value.isEmpty() || out.has(key)) {
        throw NOT_PLAIN;
      }
      out.set(key, value(value, column));
      skipEmptyLines();
      if (next == lines.length || indent(lines[next]) != column) {
        return out;
      }
      text = lines[next++].substring(column);
    }
  }

  /** A value written after its key, whose key stands {@code column} spaces in. */
  private JsonNode value(String text, int column) {
    if (text.startsWith("[")) {
      List<String> items = PlainScalars.flowList(text);
      if (items == null) {
        throw NOT_PLAIN;
      }
      ArrayNode out = NODES.arrayNode();
      for (String item : items) {
        out.add(NODES.stringNode(item));
      }
      return out;
    }
    if (text.startsWith(">") || text.startsWith("|")) {
      return NODES.stringNode(blockScalar(text, column));
    }
    return scalar(text);
  }

  private JsonNode scalar(String text) {
    String value = PlainScalars.scalar(PlainScalars.trimSpaces(text));
    if (value == null) {
      throw NOT_PLAIN;
    }
    return NODES.stringNode(value);
  }

  /** The lines of a block scalar: indented further than its key, all by the same amount. */
  private String blockScalar(String header, int column) {
    if (next == lines.length || lines[next].isEmpty() || indent(lines[next]) <= column) {
      throw NOT_PLAIN;
    }
    int indent = indent(lines[next]);
    List<String> content = new ArrayList<>();
    while (next < lines.length && (lines[next].isEmpty() || indent(lines[next]) >= indent)) {
      String line = lines[next++];
      content.add(line.isEmpty() ? "" : line.substring(indent));
    }
    String value = PlainScalars.block(header, content);
    if (value == null) {
      throw NOT_PLAIN;
    }
    return value;
  }

  /** The index of the colon ending the key {@code text} starts with. */
  private static int keyEnd(String text) {
    int colon = text.indexOf(':');
    if (colon < 1 || (colon + 1 < text.length() && text.charAt(colon + 1) != ' ')
        || !PlainScalars.isKey(text.substring(0, colon))) {
      throw NOT_PLAIN;
    }
    return colon;
  }

  /** Whether a list item starts a mapping: {@code key:} then a space or the line's end. */
  private static boolean isEntry(String text) {
    int colon = text.indexOf(':');
    return colon > 0 && (colon + 1 == text.length() || text.charAt(colon + 1) == ' ')
        && PlainScalars.isKey(text.substring(0, colon));
  }

  private void skipEmptyLines() {
    while (next < lines.length && lines[next].isEmpty()) {
      next++;
    }
  }

  /** The spaces {@code line} starts with; a line of spaces alone is not read here. */
  private static int indent(String line) {
    int spaces = 0;
    while (spaces < line.length() && line.charAt(spaces) == ' ') {
      spaces++;
    }
    if (spaces > 0 && spaces == line.length()) {
      throw NOT_PLAIN;
    }
    return spaces;
  }
}
