package dev.pamphlet.core.json;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it started in the text. Jackson's own {@code
 * JsonNode} forgets positions, and the reader needs one for every node it reports on or puts in
 * the source map, so {@link TreeParser} builds this small tree from Jackson's token stream.
 */
sealed interface JsonValue {

  /** Where the value starts: 1-based line and column. */
  Position position();

  /** The JSON name of the value's kind, for "expected a string, found an array" messages. */
  String kind();

  /** A 1-based line and column. */
  record Position(int line, int column) {}

  /**
   * An object. Members keep their order in the text; each remembers where its name starts.
   */
  record JsonObject(Position position, Map<String, Member> members) implements JsonValue {
    @Override
    public String kind() {
      return "an object";
    }
  }

  /** One member of an object: the position of its name, and its value. */
  record Member(Position namePosition, JsonValue value) {}

  /** An array. */
  record JsonArray(Position position, List<JsonValue> elements) implements JsonValue {
    @Override
    public String kind() {
      return "an array";
    }
  }

  /** A string. */
  record JsonString(Position position, String value) implements JsonValue {
    @Override
    public String kind() {
      return "a string";
    }
  }

  /** A number, kept exact. */
  record JsonNumber(Position position, BigDecimal value) implements JsonValue {
    @Override
    public String kind() {
      return "a number";
    }
  }

  /** {@code true} or {@code false}. */
  record JsonBoolean(Position position, boolean value) implements JsonValue {
    @Override
    public String kind() {
      return "a boolean";
    }
  }

  /** {@code null}. */
  record JsonNull(Position position) implements JsonValue {
    @Override
    public String kind() {
      return "null";
    }
  }
}
