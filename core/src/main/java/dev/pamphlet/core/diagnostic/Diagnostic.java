package dev.pamphlet.core.diagnostic;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in user content, with a stable code ({@code xref.dangling}) that tools and
 * tests may rely on, and the place it was found.
 *
 * <p>{@link #toString()} gives the form editors and CI understand:
 * {@code path:line:column: error: message [code]}.
 *
 * @param code a stable dotted code, such as {@code "figure.alt-missing"}
 * @param severity how serious it is
 * @param message what is wrong and what to do, in plain words
 * @param position where it is
 */
public record Diagnostic(String code, Severity severity, String message, SourcePosition position)
    implements Comparable<Diagnostic> {

  /** Orders by file, line, column, then severity and code: the order people read them in. */
  public static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::position)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(position, "position");
  }

  public static Diagnostic error(String code, String message, SourcePosition position) {
    return new Diagnostic(code, Severity.ERROR, message, position);
  }

  public static Diagnostic warning(String code, String message, SourcePosition position) {
    return new Diagnostic(code, Severity.WARNING, message, position);
  }

  public static Diagnostic info(String code, String message, SourcePosition position) {
    return new Diagnostic(code, Severity.INFO, message, position);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return position + ": " + severity.label() + ": " + message + " [" + code + "]";
  }
}
