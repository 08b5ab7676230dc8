package dev.pamphlet.core.json;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.json.JsonValue.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of one read: the file name for positions, the problems found so far and the source
 * map being filled. One per read; not thread-safe.
 */
final class Decoding {

  /** Stable diagnostic codes of the JSON reader. */
  static final String SYNTAX = "json.syntax";
  static final String UNKNOWN_TYPE = "json.unknown-type";
  static final String MISSING_FIELD = "json.missing-field";
  static final String BAD_VALUE = "json.bad-value";
  static final String UNKNOWN_FIELD = "json.unknown-field";
  static final String VERSION = "json.version";
  static final String NESTING_TOO_DEEP = "json.nesting-too-deep";
  static final String TOO_LARGE = "json.too-large";

  private final String file;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final SourceMap.Builder sourceMap = SourceMap.builder();

  Decoding(String file) {
    this.file = file;
  }

  /** Reports an error at {@code position}; the message starts with the JSON path. */
  void error(String code, Position position, String path, String message) {
    diagnostics.add(Diagnostic.error(code, path + ": " + message, at(position)));
  }

  /** Reports a problem found on the decoded model rather than at one JSON value. */
  void report(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  /** How many errors so far: a decoder compares counts to see whether its part went wrong. */
  int errorCount() {
    return diagnostics.size();
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  /** Records where {@code node} was read from, and returns it. */
  <T> T located(T node, Position position) {
    sourceMap.put(node, at(position));
    return node;
  }

  void article(String id) {
    sourceMap.article(id, file);
  }

  SourceMap sourceMap() {
    return sourceMap.build();
  }

  SourcePosition at(Position position) {
    return new SourcePosition(file, position.line(), position.column());
  }
}
