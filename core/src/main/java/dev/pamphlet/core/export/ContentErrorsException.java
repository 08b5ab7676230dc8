package dev.pamphlet.core.export;

import dev.pamphlet.core.diagnostic.Diagnostic;
import java.util.List;

/** Thrown when an exporter refuses a publication whose content has errors. */
public final class ContentErrorsException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<Diagnostic> diagnostics;

  public ContentErrorsException(List<Diagnostic> diagnostics) {
    super(summary(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every diagnostic, errors and the rest, in reading order. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String summary(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    StringBuilder out = new StringBuilder("the content has " + errors
        + (errors == 1 ? " error" : " errors") + "; nothing was exported");
    diagnostics.stream().filter(Diagnostic::isError).limit(5)
        .forEach(d -> out.append(System.lineSeparator()).append(d));
    return out.toString();
  }
}
