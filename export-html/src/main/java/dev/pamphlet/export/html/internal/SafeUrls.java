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
    return Optional.of(UrlText.tidy(UrlPolicy.asBrowsersRead(url)));
  }

  /** Whether {@code url} is an absolute http or https URL: a link off the site. */
  public static boolean isExternal(String url) {
    String scheme = UrlPolicy.normalisedScheme(url);
    return scheme.equals("http") || scheme.equals("https");
  }
}
