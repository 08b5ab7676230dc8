package dev.pamphlet.core.json;

import dev.pamphlet.core.json.JsonValue.JsonArray;
import dev.pamphlet.core.json.JsonValue.JsonBoolean;
import dev.pamphlet.core.json.JsonValue.JsonNumber;
import dev.pamphlet.core.json.JsonValue.JsonObject;
import dev.pamphlet.core.json.JsonValue.JsonString;
import dev.pamphlet.core.json.JsonValue.Member;
import dev.pamphlet.core.model.Ids;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The fields of one JSON object being decoded, at a known path. Each accessor checks the JSON
 * type and reports a diagnostic when it is wrong, returning {@code null} (or the default) so
 * decoding can carry on and report every problem in one pass. {@link #build} then refuses to
 * make a model node out of anything that went wrong.
 */
final class Fields {

  /** Decodes one element of an array at its path; {@code null} when it was reported broken. */
  @FunctionalInterface
  interface Element<T> {
    T decode(JsonValue value, String path);
  }

  private final Decoding decoding;
  private final JsonObject object;
  private final String path;
  private final int errorsBefore;

  private Fields(Decoding decoding, JsonObject object, String path) {
    this.decoding = decoding;
    this.object = object;
    this.path = path;
    this.errorsBefore = decoding.errorCount();
  }

  /** The fields of {@code value}, or {@code null} (reported) when it is not an object. */
  static Fields of(Decoding decoding, JsonValue value, String path, String what) {
    if (value instanceof JsonObject object) {
      return new Fields(decoding, object, path);
    }
    decoding.error(Decoding.BAD_VALUE, value.position(), path,
        "expected " + what + " (an object), found " + value.kind());
    return null;
  }

  String path() {
    return path;
  }

  JsonValue.Position position() {
    return object.position();
  }

  /** Reports every field not named in {@code known}. */
  void allow(String... known) {
    List<String> names = List.of(known);
    object.members().forEach((name, member) -> {
      if (!names.contains(name)) {
        decoding.error(Decoding.UNKNOWN_FIELD, member.namePosition(), JsonPath.field(path, name),
            "unknown field \"" + name + "\"; allowed here: " + String.join(", ", names));
      }
    });
  }

  /**
   * The node's {@code "type"}, when it is one of {@code known}; otherwise reported ({@code
   * json.unknown-type} names what is allowed here) and {@code null}.
   */
  String type(String what, List<String> known) {
    String type = required("type");
    if (type != null && !known.contains(type)) {
      decoding.error(Decoding.UNKNOWN_TYPE, raw("type").position(), JsonPath.field(path, "type"),
          "unknown " + what + " type \"" + type + "\"; expected one of: "
              + String.join(", ", known));
      return null;
    }
    return type;
  }

  /** Whether the field is present at all. */
  boolean has(String name) {
    return object.members().containsKey(name);
  }

  /** The raw value of a field, or {@code null} when absent. */
  JsonValue raw(String name) {
    Member member = object.members().get(name);
    return member == null ? null : member.value();
  }

  /** A string field that must be present; {@code null} when missing or not a string. */
  String required(String name) {
    if (!has(name)) {
      missing(name);
      return null;
    }
    return string(name, null);
  }

  /** A string field that may be left out ({@code ""}). */
  String optional(String name) {
    return has(name) ? string(name, "") : "";
  }

  /** A required id, checked as the model checks it but reported at the value. */
  String id(String name) {
    String id = required(name);
    if (id != null && !Ids.isValid(id)) {
      try {
        Ids.requireValid(id);
      } catch (IllegalArgumentException e) {
        badValue(name, e.getMessage());
      }
      return null;
    }
    return id;
  }

  boolean bool(String name, boolean defaultValue) {
    JsonValue value = raw(name);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof JsonBoolean b) {
      return b.value();
    }
    wrongKind(name, "true or false");
    return defaultValue;
  }

  /** An integer field (a number with no fraction, within int range). */
  Integer integer(String name, Integer defaultValue) {
    JsonValue value = raw(name);
    if (value == null) {
      return defaultValue;
    }
    if (value instanceof JsonNumber number) {
      try {
        return number.value().intValueExact();
      } catch (ArithmeticException e) {
        badValue(name, "expected a whole number, found " + number.value().toPlainString());
        return null;
      }
    }
    wrongKind(name, "a whole number");
    return null;
  }

  /** An ISO-8601 date ({@code 2026-03-01}), or empty when the field is left out. */
  Optional<LocalDate> date(String name) {
    String text = has(name) ? string(name, null) : null;
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException e) {
      badValue(name, "expected an ISO-8601 date such as 2026-03-01, found \"" + text + "\"");
      return Optional.empty();
    }
  }

  /** An array field decoded element by element; empty when left out. */
  <T> List<T> list(String name, Element<T> element) {
    JsonValue value = raw(name);
    if (value == null) {
      return List.of();
    }
    if (!(value instanceof JsonArray array)) {
      wrongKind(name, "an array");
      return List.of();
    }
    String at = JsonPath.field(path, name);
    List<T> out = new ArrayList<>(array.elements().size());
    for (int i = 0; i < array.elements().size(); i++) {
      T decoded = element.decode(array.elements().get(i), JsonPath.index(at, i));
      if (decoded != null) {
        out.add(decoded);
      }
    }
    return out;
  }

  /** An array of strings; empty when left out. */
  List<String> strings(String name) {
    return list(name, (value, at) -> {
      if (value instanceof JsonString s) {
        return s.value();
      }
      decoding.error(Decoding.BAD_VALUE, value.position(), at,
          "expected a string, found " + value.kind());
      return null;
    });
  }

  /**
   * Makes the model node, unless something inside this object was reported: a half-built node
   * is never made. Exceptions from the model's own checks become diagnostics at the object.
   */
  <T> T build(Supplier<T> constructor) {
    if (decoding.errorCount() > errorsBefore) {
      return null;
    }
    try {
      return decoding.located(constructor.get(), object.position());
    } catch (IllegalArgumentException | NullPointerException e) {
      decoding.error(Decoding.BAD_VALUE, object.position(), path, e.getMessage());
      return null;
    }
  }

  void badValue(String name, String message) {
    decoding.error(Decoding.BAD_VALUE, raw(name).position(), JsonPath.field(path, name), message);
  }

  void missing(String name) {
    decoding.error(Decoding.MISSING_FIELD, object.position(), path,
        "missing required field \"" + name + "\"");
  }

  private String string(String name, String fallback) {
    if (raw(name) instanceof JsonString s) {
      return s.value();
    }
    wrongKind(name, "a string");
    return fallback;
  }

  private void wrongKind(String name, String expected) {
    badValue(name, "expected " + expected + ", found " + raw(name).kind());
  }
}
