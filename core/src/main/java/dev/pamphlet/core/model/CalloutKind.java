package dev.pamphlet.core.model;

import java.util.Locale;
import java.util.Optional;

/** The kinds of callout, after GitHub alerts and admonitions, each with a default title. */
public enum CalloutKind {
  NOTE("Note"),
  TIP("Tip"),
  IMPORTANT("Important"),
  WARNING("Warning"),
  CAUTION("Caution");

  private final String defaultTitle;

  CalloutKind(String defaultTitle) {
    this.defaultTitle = defaultTitle;
  }

  /** The title shown when the callout has none of its own (English). */
  public String defaultTitle() {
    return defaultTitle;
  }

  /** The lowercase name used in Markdown and JSON ({@code "warning"}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind named {@code id}, ignoring case. */
  public static Optional<CalloutKind> fromId(String id) {
    for (CalloutKind kind : values()) {
      if (kind.name().equalsIgnoreCase(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
