package dev.pamphlet.core.validate;

import java.net.IDN;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which link targets are safe to put in front of a reader: an allow-list of schemes
 * ({@code http}, {@code https}, {@code mailto}, {@code tel}) plus relative URLs. Everything
 * else — {@code javascript:}, {@code data:}, {@code vbscript:}, {@code file:}, and any scheme
 * not on the list — is unsafe. The validator reports unsafe links ({@code link.unsafe-scheme});
 * exporters call {@link #isSafe} again before writing a link, so content built in code or
 * exported anyway is safe too. Stateless and thread-safe.
 *
 * <p>The scheme is read the way a lenient browser or a careless HTML pipeline might read it:
 * ignoring case, whitespace and control characters anywhere in it (browsers drop tabs and
 * newlines inside URLs), invisible format characters, HTML character references
 * ({@code &#106;}, {@code &#x6A;}, {@code &colon;}, with or without the semicolon), percent
 * escapes and compatibility forms (full-width letters). Being strict here only ever turns a
 * strange link into a reported one.
 *
 * <pre>{@code
 * UrlPolicy.isSafe("https://example.org");        // true
 * UrlPolicy.isSafe("../side-effects.html#risks"); // true
 * UrlPolicy.isSafe(" JaVa\tScRiPt:alert(1)");     // false
 * UrlPolicy.normalisedScheme("&#x6A;avascript:x"); // "javascript"
 * }</pre>
 */
public final class UrlPolicy {
  /** The schemes a link may use. */
  public static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto", "tel");

  /** Named character references that could spell or split a scheme. */
  private static final Map<String, String> NAMED = Map.ofEntries(
      Map.entry("colon", ":"), Map.entry("tab", "\t"), Map.entry("newline", "\n"),
      Map.entry("nbsp", "\u00a0"), Map.entry("amp", "&"), Map.entry("sol", "/"),
      Map.entry("num", "#"), Map.entry("quest", "?"), Map.entry("percnt", "%"),
      Map.entry("period", "."), Map.entry("plus", "+"), Map.entry("hyphen", "-"),
      Map.entry("dash", "-"));

  /** What the URL standard forbids in a host name, besides controls, space and DEL. */
  private static final String FORBIDDEN_IN_HOST = "#%/:<>?@[\\]^|";

  /** Enough rounds to undo double and triple encoding; more is an attack, treated as such. */
  private static final int DECODING_ROUNDS = 4;

  private UrlPolicy() {}

  /**
   * Whether {@code url} may be used as a link target: a relative URL, or one of the
   * {@link #ALLOWED_SCHEMES}. An empty URL is safe (and reported as {@code link.empty-url}).
   */
  public static boolean isSafe(String url) {
    String scheme = normalisedScheme(url);
    return scheme.isEmpty() || ALLOWED_SCHEMES.contains(scheme);
  }

  /**
   * The scheme of {@code url}, lowercase and without its colon ({@code "javascript"}), after
   * undoing the obfuscations listed above; {@code ""} for a relative URL.
   */
  public static String normalisedScheme(String url) {
    String plain = reveal(Objects.requireNonNull(url, "url"));
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if (c == ':') {
        return i > 0 && isLetter(plain.charAt(0)) ? plain.substring(0, i) : "";
      }
      if (!(isLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')) {
        // A '/', '?' or '#' (or anything else) before any ':' makes the URL relative.
        return "";
      }
    }
    return "";
  }

  /**
   * What makes {@code url}, a {@linkplain #isSafe safe} URL, one no browser can follow, or
   * empty when nothing does: a relative URL whose first part holds a colon (a misspelled
   * scheme: {@code "http\uFFFD://doi.org"}), or an http or https URL with no {@code //} after
   * its scheme, with a user name or password in it, or whose host name is missing or holds
   * characters no host name can have (spaces, {@code <}, {@code %}, or what
   * international domain names prohibit, such as U+FFFD from bytes that were not UTF-8), read
   * {@linkplain #asBrowsersRead as browsers read it}.
   */
  public static Optional<String> malformation(String url) {
    String cleaned = asBrowsersRead(url);
    String scheme = normalisedScheme(cleaned);
    int end = firstOf(cleaned, ":/?#", 0);
    if (scheme.isEmpty()) {
      return end < cleaned.length() && cleaned.charAt(end) == ':'
          ? Optional.of("'" + printable(cleaned.substring(0, end + 1))
              + "' is not a scheme a link can have")
          : Optional.empty();
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.empty();
    }
    int start = cleaned.indexOf(':') + 1;
    if (!cleaned.startsWith("//", start)) {
      // Browsers guess at "https:example.org"; EPUB reading systems need not (found by fuzzing).
      return Optional.of("'" + printable(cleaned.substring(0, start)) + "' is not followed by "
          + "'//' and a host name");
    }
    String authority = cleaned.substring(start + 2, firstOf(cleaned, "/?#", start + 2));
    if (authority.indexOf('@') >= 0) {
      // The URL standard's "includes credentials": the Nu checker rejects it (found by fuzzing).
      return Optional.of("it holds a user name or password before '@', which a link may not "
          + "carry");
    }
    if (authority.startsWith("[")) {
      return Optional.empty(); // an IPv6 address
    }
    String host = authority.replaceFirst(":[0-9]*$", "");
    if (host.isEmpty()) {
      return Optional.of("it has no host name");
    }
    boolean forbidden = host.codePoints().anyMatch(cp -> cp <= 0x20 || cp == 0x7F
        || FORBIDDEN_IN_HOST.indexOf(cp) >= 0);
    if (!forbidden) {
      try {
        IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
      } catch (IllegalArgumentException e) {
        forbidden = true;
      }
    }
    return forbidden
        ? Optional.of("its host name '" + printable(host) + "' holds characters no host name "
            + "can have")
        : Optional.empty();
  }

  /**
   * {@code url} as browsers read it: tabs and line breaks anywhere dropped, blanks and control
   * characters at either end trimmed. What exporters write, and what {@link #malformation}
   * judges.
   */
  public static String asBrowsersRead(String url) {
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

  /** The index of the first of {@code chars} in {@code text} from {@code from}, or its length. */
  private static int firstOf(String text, String chars, int from) {
    for (int i = from; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return text.length();
  }

  /** The URL as the most lenient reader would see it: decoded, folded, with no blanks. */
  private static String reveal(String url) {
    String text = Normalizer.normalize(url, Normalizer.Form.NFKC);
    for (int round = 0; round < DECODING_ROUNDS; round++) {
      String decoded = percentDecode(decodeReferences(text));
      if (decoded.equals(text)) {
        break;
      }
      text = decoded;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isInvisible(cp)) {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  private static boolean isInvisible(int cp) {
    return cp <= 0x20 || Character.isWhitespace(cp) || Character.isSpaceChar(cp)
        || Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Decodes {@code &#106;}, {@code &#x6A;} and the named references above, ';' optional. */
  private static String decodeReferences(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '&') {
        out.append(c);
        i++;
        continue;
      }
      int end = i + 1;
      String replacement = null;
      if (end < text.length() && text.charAt(end) == '#') {
        boolean hex = end + 1 < text.length() && (text.charAt(end + 1) | 0x20) == 'x';
        int digitsStart = end + (hex ? 2 : 1);
        int j = digitsStart;
        while (j < text.length() && Character.digit(text.charAt(j), hex ? 16 : 10) >= 0) {
          j++;
        }
        if (j > digitsStart) {
          replacement = codePoint(text.substring(digitsStart, j), hex ? 16 : 10);
          end = j;
        }
      } else {
        int j = end;
        while (j < text.length() && isLetter(text.charAt(j))) {
          j++;
        }
        String name = text.substring(end, j).toLowerCase(Locale.ROOT);
        if (NAMED.containsKey(name)) {
          replacement = NAMED.get(name);
          end = j;
        }
      }
      if (replacement == null) {
        out.append(c);
        i++;
        continue;
      }
      out.append(replacement);
      i = end < text.length() && text.charAt(end) == ';' ? end + 1 : end;
    }
    return out.toString();
  }

  private static String codePoint(String digits, int radix) {
    // Leading zeros are allowed ("&#0000106"); absurd values become a control character.
    String trimmed = digits.replaceFirst("^0+(?=.)", "");
    if (trimmed.length() > 7) {
      return "\u0000";
    }
    int cp = Integer.parseInt(trimmed, radix);
    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "\u0000";
  }

  /** Decodes {@code %XX} escapes of ASCII characters; leaves anything else as written. */
  private static String percentDecode(String text) {
    if (text.indexOf('%') < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '%' && i + 2 < text.length()) {
        int high = Character.digit(text.charAt(i + 1), 16);
        int low = Character.digit(text.charAt(i + 2), 16);
        if (high >= 0 && low >= 0 && high < 8) {
          out.append((char) (high * 16 + low));
          i += 2;
          continue;
        }
      }
      out.append(c);
    }
    return out.toString();
  }

  /**
   * {@code url} as it can be shown in a message: control and invisible formatting characters
   * made visible ({@code \u0009}), cut after 60 characters.
   */
  public static String printable(String url) {
    StringBuilder out = new StringBuilder();
    url.codePoints().limit(60).forEach(cp -> {
      if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
        out.append(String.format("\\u%04X", cp));
      } else {
        out.appendCodePoint(cp);
      }
    });
    return url.codePointCount(0, url.length()) > 60 ? out + "…" : out.toString();
  }
}
