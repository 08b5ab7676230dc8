package dev.pamphlet.export.html.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The URL allow-list: http, https, mailto, tel and relative URLs pass; any other scheme
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:} …) does not. Internal:
 * not part of the API.
 *
 * <p>The scheme is read the way a browser reads it, after dropping what browsers drop: leading
 * and trailing control characters and spaces, and tabs and line breaks anywhere
 * ({@code "java\tscript:"} is {@code javascript:} to a browser).
 */
public final class SafeUrls {
  private static final Set<String> ALLOWED = Set.of("http", "https", "mailto", "tel");

  private SafeUrls() {}

  /** The URL cleaned and made valid when it is allowed; empty when it must not be linked. */
  public static Optional<String> allowed(String url) {
    String cleaned = clean(url);
    Optional<String> scheme = scheme(cleaned);
    if (scheme.isPresent() && !ALLOWED.contains(scheme.get())) {
      return Optional.empty();
    }
    return Optional.of(UrlText.tidy(cleaned));
  }

  /** Whether {@code url} is an absolute http or https URL: a link off the site. */
  public static boolean isExternal(String url) {
    return scheme(clean(url)).filter(s -> s.equals("http") || s.equals("https")).isPresent();
  }

  private static String clean(String url) {
    StringBuilder out = new StringBuilder(url.length());
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    int start = 0;
    int end = out.length();
    while (start < end && out.charAt(start) <= 0x20) {
      start++;
    }
    while (end > start && out.charAt(end - 1) <= 0x20) {
      end--;
    }
    return out.substring(start, end);
  }

  /** The lowercase scheme, when the URL has one (letters, then letters, digits, + - .). */
  private static Optional<String> scheme(String url) {
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == ':') {
        return i == 0 ? Optional.of("") : Optional.of(url.substring(0, i).toLowerCase(Locale.ROOT));
      }
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean other = (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.';
      if (!letter && !(i > 0 && other)) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
