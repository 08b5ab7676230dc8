package dev.pamphlet.export.html;

import java.util.Locale;
import java.util.Optional;

/** Which files the {@link HtmlExporter} writes. */
public enum HtmlMode {
  /** One {@code <article>} fragment per article, for a host page: {@code <id>.fragment.html}. */
  FRAGMENT,
  /** A complete page per article ({@code <id>.html}) and one for the booklet ({@code index.html}). */
  STANDALONE,
  /** Both fragments and standalone pages (the default: what the {@code pamphlet} command writes). */
  BOTH;

  /** Whether fragments are written. */
  public boolean fragments() {
    return this != STANDALONE;
  }

  /** Whether standalone pages are written. */
  public boolean standalone() {
    return this != FRAGMENT;
  }

  /** The lowercase name used in string options ({@code "fragment"}). */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The mode named {@code id}, ignoring case. */
  public static Optional<HtmlMode> fromId(String id) {
    for (HtmlMode mode : values()) {
      if (mode.name().equalsIgnoreCase(id)) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
