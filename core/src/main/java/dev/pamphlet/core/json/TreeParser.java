package dev.pamphlet.core.json;

import dev.pamphlet.core.json.JsonValue.JsonArray;
import dev.pamphlet.core.json.JsonValue.JsonBoolean;
import dev.pamphlet.core.json.JsonValue.JsonNull;
import dev.pamphlet.core.json.JsonValue.JsonNumber;
import dev.pamphlet.core.json.JsonValue.JsonObject;
import dev.pamphlet.core.json.JsonValue.JsonString;
import dev.pamphlet.core.json.JsonValue.Member;
import dev.pamphlet.core.json.JsonValue.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns JSON text into a {@link JsonValue} tree with positions, using Jackson's streaming parser.
 * One instance per document; not thread-safe.
 */
final class TreeParser {

  private final JsonParser parser;
  /** Where in the document the parser is, kept current so a syntax error can say where. */
  private String path = JsonPath.ROOT;

  private TreeParser(JsonParser parser) {
    this.parser = parser;
  }

  /** Parses one JSON document, with nothing after it. */
  static JsonValue parse(JsonFactory factory, String json) throws MalformedJsonException {
    try (JsonParser parser = factory.createParser(json)) {
      TreeParser tree = new TreeParser(parser);
      JsonToken first = tree.next();
      if (first == null) {
        throw new MalformedJsonException("the file is empty: expected a JSON object",
            tree.here(), JsonPath.ROOT);
      }
      JsonValue root = tree.value(first, JsonPath.ROOT);
      tree.path = JsonPath.ROOT;
      if (tree.next() != null) {
        throw new MalformedJsonException("unexpected content after the end of the JSON value",
            tree.position(parser.currentTokenLocation()), JsonPath.ROOT);
      }
      return root;
    } catch (JacksonException e) {
      // Raised while opening or closing; errors while reading are caught in next().
      throw new MalformedJsonException(clean(e.getOriginalMessage()), position(e.getLocation()),
          JsonPath.ROOT);
    }
  }

  private JsonValue value(JsonToken token, String at) throws MalformedJsonException {
    Position start = position(parser.currentTokenLocation());
    try {
      switch (token) {
        case START_OBJECT:
          return object(start, at);
        case START_ARRAY:
          return array(start, at);
        case VALUE_STRING:
          // Jackson reads a string's text lazily: a truncated string fails only here.
          return new JsonString(start, parser.getString());
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return new JsonNumber(start, parser.getDecimalValue());
        case VALUE_TRUE:
          return new JsonBoolean(start, true);
        case VALUE_FALSE:
          return new JsonBoolean(start, false);
        case VALUE_NULL:
          return new JsonNull(start);
        default:
          throw new MalformedJsonException("unexpected " + token, start, at);
      }
    } catch (JacksonException e) {
      throw new MalformedJsonException(clean(e.getOriginalMessage()), position(e.getLocation()),
          at);
    }
  }

  private JsonObject object(Position start, String at) throws MalformedJsonException {
    Map<String, Member> members = new LinkedHashMap<>();
    for (JsonToken token = next(); token != JsonToken.END_OBJECT; token = next()) {
      String name = parser.currentName();
      Position namePosition = position(parser.currentTokenLocation());
      String memberPath = JsonPath.field(at, name);
      if (members.containsKey(name)) {
        throw new MalformedJsonException("field \"" + name + "\" appears twice", namePosition,
            memberPath);
      }
      path = memberPath;
      JsonValue value = value(next(), memberPath);
      members.put(name, new Member(namePosition, value));
      path = at;
    }
    return new JsonObject(start, Collections.unmodifiableMap(members));
  }

  private JsonArray array(Position start, String at) throws MalformedJsonException {
    List<JsonValue> elements = new ArrayList<>();
    path = JsonPath.index(at, 0);
    for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
      elements.add(value(token, JsonPath.index(at, elements.size())));
      path = JsonPath.index(at, elements.size());
    }
    path = at;
    return new JsonArray(start, List.copyOf(elements));
  }

  private JsonToken next() throws MalformedJsonException {
    try {
      return parser.nextToken();
    } catch (JacksonException e) {
      throw new MalformedJsonException(clean(e.getOriginalMessage()), position(e.getLocation()), path);
    }
  }

  /**
   * Jackson's message without its internal source description: {@code "(start marker at
   * [Source: REDACTED; line: 1, column: 1])"} becomes {@code "(start marker at line 1, column
   * 1)"}, and a description without a line is left out. Plain string search, no regular
   * expression: the message quotes the input, and fuzzing found the expressions this replaced
   * taking seconds over some of it.
   */
  static String clean(String message) {
    if (message == null) {
      return "unreadable input";
    }
    StringBuilder out = new StringBuilder(message.length());
    int from = 0;
    for (int start = message.indexOf(SOURCE, from); start >= 0;
        start = message.indexOf(SOURCE, from)) {
      int end = message.indexOf(']', start);
      if (end < 0) {
        break;
      }
      out.append(message, from, start);
      from = end + 1;
      String located = located(message.substring(start + SOURCE.length(), end));
      if (!located.isEmpty()) {
        out.append(located);
        continue;
      }
      // Nothing worth keeping: drop the description with its "(start marker at …)" wrapper.
      if (from < message.length() && message.charAt(from) == ')') {
        for (String opening : List.of("(start marker at ", "(")) {
          if (endsWith(out, opening)) {
            out.setLength(out.length() - opening.length());
            from++;
            break;
          }
        }
      }
      while (out.length() > 0 && Character.isWhitespace(out.charAt(out.length() - 1))) {
        out.setLength(out.length() - 1);
      }
    }
    return out.append(message, from, message.length()).toString().strip();
  }

  private static final String SOURCE = "[Source: ";
  private static final String LINE = "; line: ";
  private static final String COLUMN = ", column: ";

  /** {@code "line 3, column 7"} from {@code "REDACTED; line: 3, column: 7"}, or "". */
  private static String located(String description) {
    int line = description.lastIndexOf(LINE);
    int column = description.lastIndexOf(COLUMN);
    if (line < 0 || column < line) {
      return "";
    }
    String lineNumber = description.substring(line + LINE.length(), column);
    String columnNumber = description.substring(column + COLUMN.length());
    return isNumber(lineNumber) && isNumber(columnNumber)
        ? "line " + lineNumber + ", column " + columnNumber : "";
  }

  private static boolean isNumber(String text) {
    return !text.isEmpty() && text.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  private static boolean endsWith(StringBuilder text, String suffix) {
    int at = text.length() - suffix.length();
    return at >= 0 && text.indexOf(suffix, at) == at;
  }

  private Position here() {
    return position(parser.currentLocation());
  }

  private static Position position(TokenStreamLocation location) {
    if (location == null) {
      return new Position(0, 0);
    }
    return new Position(Math.max(0, location.getLineNr()), Math.max(0, location.getColumnNr()));
  }
}
