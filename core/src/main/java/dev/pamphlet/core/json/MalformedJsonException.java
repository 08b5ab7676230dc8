package dev.pamphlet.core.json;

/**
 * The text is not well-formed JSON (or repeats a field name): nothing of it can be trusted, so
 * the reader reports this one problem and returns a placeholder.
 */
final class MalformedJsonException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient JsonValue.Position position;
  private final String path;

  MalformedJsonException(String message, JsonValue.Position position, String path) {
    super(message, null, false, false);
    this.position = position;
    this.path = path;
  }

  JsonValue.Position position() {
    return position;
  }

  /** Where in the document the parser was when it gave up. */
  String path() {
    return path;
  }
}
