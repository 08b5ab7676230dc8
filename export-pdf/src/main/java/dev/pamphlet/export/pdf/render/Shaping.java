package dev.pamphlet.export.pdf.render;

/**
 * Which text needs a shaping engine rather than one glyph per character: scripts whose letters
 * join or reorder (Arabic, Hebrew with points, Syriac, the Indic scripts, Thai, Tibetan, …) and
 * combining marks that normalization could not fold into a precomposed letter. Latin, Greek,
 * Cyrillic and CJK never need it, so setting them never loads the engine.
 */
final class Shaping {
  private Shaping() {}

  /** Whether {@code text} has a character that needs shaping. */
  static boolean needed(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (needed(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the first character with a strong direction in {@code text} is right to left. */
  static boolean rightToLeft(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      byte direction = Character.getDirectionality(cp);
      if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /** Whether the character needs shaping; below U+0300 nothing does, at the cost of a compare. */
  static boolean needed(int c) {
    if (c < 0x0300) {
      return false;
    }
    if (c >= '\u0590' && c < '\u1100') {
      return true; // Hebrew through Myanmar: joining, reordering and mark-heavy scripts
    }
    if (c >= '\uFB1D' && c < '\uFE00' || c >= '\uFE70' && c < '\uFF00') {
      return true; // Hebrew and Arabic presentation forms: right to left, already joined
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }
}
