package dev.pamphlet.core.diagnostic;

import java.util.List;
import java.util.Objects;

/**
 * What a reader produced: the value (always complete — readers never throw on content), the
 * problems found on the way, and where each node came from.
 *
 * @param <T> what was read: an {@code Article} or a {@code Publication}
 */
public record ReadResult<T>(T value, List<Diagnostic> diagnostics, SourceMap sourceMap) {
  public ReadResult {
    Objects.requireNonNull(value, "value");
    // Most reads find nothing; a stream pipeline to sort nothing costs more than it seems.
    diagnostics = diagnostics.isEmpty() ? List.of() : diagnostics.stream().sorted().toList();
    Objects.requireNonNull(sourceMap, "sourceMap");
  }

  /** Whether any diagnostic is an error. */
  public boolean hasErrors() {
    return diagnostics.stream().anyMatch(Diagnostic::isError);
  }
}
