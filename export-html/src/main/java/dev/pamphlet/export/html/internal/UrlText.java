package dev.pamphlet.export.html.internal;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding for the URLs the exporter writes. Internal: not part of the API.
 */
public final class UrlText {
  private static final String HEX = "0123456789ABCDEF";

  private UrlText() {}

  /** {@code text} as one path segment: everything but unreserved ASCII percent-encoded. */
  public static String pathSegment(String text) {
    return encode(text, "");
  }

  /** {@code text} as a fragment: like a path segment, but {@code /} kept. */
  public static String fragment(String text) {
    return encode(text, "/");
  }

  /**
   * An author's URL made syntactically valid without changing where it leads: spaces, quotes,
   * angle brackets and the other characters URLs may not hold are percent-encoded, as is a
   * {@code %} that starts no escape and a {@code #} inside the fragment; so are the non-ASCII characters a URL may not hold as they
   * are (controls, invisible formatting, spaces, unpaired surrogates, noncharacters, and the
   * U+FFFD that stands for bytes that were not UTF-8, which fuzzing found in an image path).
   * Everything else, including non-ASCII letters, is kept.
   */
  public static String tidy(String url) {
    StringBuilder out = new StringBuilder(url.length());
    int pathStart = pathStart(url);
    int fragmentStart = url.indexOf('#');
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '#' && i > fragmentStart) {
        out.append("%23"); // a fragment may not hold another '#' (found by fuzzing)
      } else if (c == '%' && !(i + 2 < url.length() && isHex(url.charAt(i + 1))
          && isHex(url.charAt(i + 2)))) {
        out.append("%25");
      } else if (c <= 0x20 || c == 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0
          || (i >= pathStart && (c == '[' || c == ']'))) {
        appendEncoded(out, String.valueOf(c));
      } else if (c >= 0x80) {
        int cp = url.codePointAt(i);
        if (keptAsIs(cp)) {
          out.appendCodePoint(cp);
        } else {
          appendEncoded(out, Character.getType(cp) == Character.SURROGATE ? "\uFFFD"
              : Character.toString(cp));
        }
        i += Character.charCount(cp) - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether a non-ASCII code point may stand in a URL as it is. */
  private static boolean keptAsIs(int cp) {
    int type = Character.getType(cp);
    boolean noncharacter = (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
    return cp != 0xFFFD && !noncharacter && type != Character.CONTROL
        && type != Character.FORMAT && type != Character.SURROGATE
        && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
        && type != Character.SPACE_SEPARATOR && type != Character.LINE_SEPARATOR
        && type != Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Where the path of {@code url} starts: after {@code scheme://host} or {@code //host}, whose
   * brackets (an IPv6 address) are kept; brackets anywhere later must be encoded.
   */
  private static int pathStart(String url) {
    int authority = url.startsWith("//") ? 2 : -1;
    int colon = url.indexOf("://");
    if (authority < 0 && colon > 0 && url.substring(0, colon).chars().allMatch(c ->
        Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
      authority = colon + 3;
    }
    if (authority < 0) {
      return 0;
    }
    for (int i = authority; i < url.length(); i++) {
      if ("/?#".indexOf(url.charAt(i)) >= 0) {
        return i;
      }
    }
    return url.length();
  }

  private static String encode(String text, String alsoKeep) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      int length = Character.charCount(cp);
      if (unreserved(cp) || (cp < 0x80 && alsoKeep.indexOf(cp) >= 0) || wordCharacter(cp)) {
        out.appendCodePoint(cp);
      } else {
        appendEncoded(out, text.substring(i, i + length));
      }
      i += length;
    }
    return out.toString();
  }

  private static void appendEncoded(StringBuilder out, String character) {
    for (byte b : character.getBytes(StandardCharsets.UTF_8)) {
      out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
    }
  }

  private static boolean unreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  /** Non-ASCII letters, digits and marks: kept as they are, since ids are often not English. */
  private static boolean wordCharacter(int cp) {
    if (cp < 0x80) {
      return false;
    }
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
