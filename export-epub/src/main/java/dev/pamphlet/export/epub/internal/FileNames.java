package dev.pamphlet.export.epub.internal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out file names inside the EPUB container that every reading system accepts: lowercase
 * ASCII letters, digits, {@code -} and {@code _}, unique ignoring case (EPUBCheck flags
 * non-ASCII names, and case-insensitive file systems would merge two names differing only in
 * case). Internal: not part of the API. Not thread-safe: one per export.
 */
final class FileNames {
  private final Set<String> taken = new HashSet<>();

  /** Reserves {@code name} (a fixed file of the container) so no other file gets it. */
  void reserve(String name) {
    taken.add(name.toLowerCase(Locale.ROOT));
  }

  /**
   * A new name made from {@code wanted} plus {@code extension} ({@code ".xhtml"}): characters
   * outside the safe set become {@code -}, and {@code -2}, {@code -3} … are added until the
   * name is free. {@code fallback} is used when nothing of {@code wanted} is left.
   */
  String claim(String wanted, String fallback, String extension) {
    String base = safe(wanted);
    if (base.isEmpty()) {
      base = fallback;
    }
    String name = base + extension;
    for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
      name = base + "-" + n + extension;
    }
    return name;
  }

  /** {@code text} lowercased, with runs of unsafe characters as one {@code -}, trimmed. */
  static String safe(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
      boolean ok = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
      if (ok) {
        out.append(c);
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
      out.setLength(out.length() - 1);
    }
    // Long names trouble some file systems and older readers.
    return out.length() > 60 ? out.substring(0, 60) : out.toString();
  }
}
