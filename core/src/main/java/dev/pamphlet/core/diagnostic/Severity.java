package dev.pamphlet.core.diagnostic;

import java.util.Locale;

/** How serious a {@link Diagnostic} is. Errors stop export unless the caller allows them. */
public enum Severity {
  /** The content is wrong: a reference that goes nowhere, unsafe input. */
  ERROR,
  /** The content works but is likely not what the author meant, or not accessible. */
  WARNING,
  /** Advice. */
  INFO;

  /** The lowercase word used in messages ({@code "error"}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
