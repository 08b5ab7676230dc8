package dev.pamphlet.export.html.internal;

import dev.pamphlet.core.validate.UrlPolicy;
import java.util.Optional;

/**
 * The URL allow-list as the HTML exporter applies it: {@link UrlPolicy} decides (http, https,
 * mailto, tel and relative URLs pass; {@code javascript:}, {@code data:}, {@code vbscript:} and
 * their obfuscations do not), and what passes is tidied into a valid URL. Internal: not part
 * of the API.
 */
public final class SafeUrls {
  private SafeUrls() {}

  /** The URL cleaned and made valid when it is allowed; empty when it must not be linked. */
  public static Optional<String> allowed(String url) {
    if (!UrlPolicy.isSafe(url)) {
      return Optional.empty();
    }
    return Optional.of(UrlText.tidy(clean(url)));
  }

  /** Whether {@code url} is an absolute http or https URL: a link off the site. */
  public static boolean isExternal(String url) {
    String scheme = UrlPolicy.normalisedScheme(url);
    return scheme.equals("http") || scheme.equals("https");
  }

  /** Drops what browsers drop: tabs and line breaks anywhere, blanks at either end. */
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
}
