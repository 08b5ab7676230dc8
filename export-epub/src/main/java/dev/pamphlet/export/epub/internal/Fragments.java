package dev.pamphlet.export.epub.internal;

import java.nio.charset.StandardCharsets;

/**
 * Element ids as URL fragments ({@code chapter.xhtml#fragment}). Internal: not part of the API.
 *
 * <p>Ids may hold any character but spaces, {@code #}, {@code /}, quotes and angle brackets;
 * everything but unreserved ASCII and non-ASCII letters, digits and marks is percent-encoded,
 * the way the HTML exporter encodes its links, so a link resolves to the id as written.
 */
final class Fragments {
  private static final String HEX = "0123456789ABCDEF";

  private Fragments() {}

  /** {@code id} as a fragment (without the {@code #}). */
  static String of(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (int i = 0; i < id.length(); ) {
      int cp = id.codePointAt(i);
      int length = Character.charCount(cp);
      if (unreserved(cp) || wordCharacter(cp)) {
        out.appendCodePoint(cp);
      } else {
        for (byte b : id.substring(i, i + length).getBytes(StandardCharsets.UTF_8)) {
          out.append('%').append(HEX.charAt((b >> 4) & 0xF)).append(HEX.charAt(b & 0xF));
        }
      }
      i += length;
    }
    return out.toString();
  }

  private static boolean unreserved(int c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
        || c == '-' || c == '.' || c == '_' || c == '~';
  }

  private static boolean wordCharacter(int cp) {
    if (cp < 0x80) {
      return false;
    }
    int type = Character.getType(cp);
    return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
