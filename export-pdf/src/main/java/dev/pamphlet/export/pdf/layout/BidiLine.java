package dev.pamphlet.export.pdf.layout;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Puts a broken line of mixed-direction text in visual order (the Unicode bidirectional
 * algorithm, {@link java.text.Bidi}): fragments are cut where the direction changes, each cut
 * is placed where it is seen, and right-to-left cuts are marked so the renderer draws their
 * glyphs from right to left. The fragments stay in reading order in the list, so the content
 * stream, the structure tree and text extraction read the words in order.
 *
 * <p>A paragraph in a right-to-left language, or whose first strong character is right to left
 * (Hebrew, Arabic), is set right to left and ragged left. Other text without right-to-left
 * characters never gets here.
 */
final class BidiLine {
  /** The paragraph level of text that needs no reordering. */
  static final int NONE = -1;
  /** Primary language subtags written right to left (the HTML exporter knows the same). */
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he",
      "iw", "ps", "sd", "syr", "ug", "ur", "yi");

  private BidiLine() {}

  /**
   * The paragraph's direction: 1 when its first strong character is right to left, 0 when it is
   * left to right but holds right-to-left text, {@link #NONE} when it is all left to right.
   */
  static int paragraphLevel(List<Span> spans) {
    StringBuilder text = null;
    for (Span span : spans) {
      if (text == null && !mayBeRightToLeft(span.text())) {
        continue;
      }
      if (text == null) {
        text = new StringBuilder();
        for (Span before : spans) {
          if (before == span) {
            break;
          }
          text.append(before.text());
        }
      }
      text.append(span.text());
    }
    if (text == null) {
      return NONE;
    }
    char[] chars = text.toString().toCharArray();
    if (!Bidi.requiresBidi(chars, 0, chars.length)) {
      return NONE;
    }
    return new Bidi(text.toString(), Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).getBaseLevel();
  }

  /** Whether the BCP 47 language tag names a language written right to left. */
  static boolean rightToLeftLanguage(String languageTag) {
    int dash = languageTag.indexOf('-');
    String primary = dash < 0 ? languageTag : languageTag.substring(0, dash);
    return RIGHT_TO_LEFT.contains(primary.toLowerCase(Locale.ROOT));
  }

  /** Whether the text has a character from Hebrew onwards: a cheap test before the real one. */
  private static boolean mayBeRightToLeft(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0590') {
        return true;
      }
    }
    return false;
  }

  /**
   * The fragments of one line, in reading order, placed in visual order.
   *
   * @param logical the line's fragments in reading order, placed left to right
   * @param level the paragraph level from {@link #paragraphLevel}
   * @param metrics to measure the pieces of a cut fragment
   * @param available the line width, for ragged-left right-to-left lines
   */
  static List<Fragment> reorder(List<Fragment> logical, int level, FontMetrics metrics,
      float available) {
    StringBuilder all = new StringBuilder();
    logical.forEach(f -> all.append(f.text()));
    String text = all.toString();
    Bidi bidi = new Bidi(text, level == 1 ? Bidi.DIRECTION_RIGHT_TO_LEFT
        : Bidi.DIRECTION_LEFT_TO_RIGHT);
    if (text.isEmpty() || bidi.isLeftToRight()) {
      return logical; // an empty line (two line breaks in a row) has nothing to reorder
    }
    List<Fragment> pieces = new ArrayList<>();
    List<Integer> levels = new ArrayList<>();
    int offset = 0;
    for (Fragment fragment : logical) {
      int end = offset + fragment.text().length();
      int start = offset;
      while (start < end) {
        int limit = Math.min(end, runLimit(bidi, start));
        String part = text.substring(start, limit);
        float width = start == offset && limit == end ? fragment.width()
            : metrics.width(part, fragment.face(), fragment.size());
        pieces.add(new Fragment(part, fragment.face(), fragment.size(), 0, width,
            fragment.link(), fragment.tag(), bidi.getLevelAt(start) % 2 == 1));
        levels.add(bidi.getLevelAt(start));
        start = limit;
      }
      offset = end;
    }
    return place(pieces, levels, level == 1 ? available : -1);
  }

  /** Where the bidi run holding {@code index} ends. */
  private static int runLimit(Bidi bidi, int index) {
    for (int run = 0; run < bidi.getRunCount(); run++) {
      if (bidi.getRunLimit(run) > index) {
        return bidi.getRunLimit(run);
      }
    }
    return bidi.getLength();
  }

  /** Gives each piece its visual x; right aligned in {@code available} when it is not -1. */
  private static List<Fragment> place(List<Fragment> pieces, List<Integer> levels,
      float available) {
    int n = pieces.size();
    byte[] levelArray = new byte[n];
    Integer[] order = new Integer[n];
    float total = 0;
    for (int i = 0; i < n; i++) {
      levelArray[i] = (byte) (int) levels.get(i);
      order[i] = i;
      total += pieces.get(i).width();
    }
    Bidi.reorderVisually(levelArray, 0, order, 0, n);
    float[] xs = new float[n];
    float x = available < 0 ? 0 : Math.max(0, available - total);
    for (Integer index : order) {
      xs[index] = x;
      x += pieces.get(index).width();
    }
    List<Fragment> placed = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Fragment f = pieces.get(i);
      placed.add(new Fragment(f.text(), f.face(), f.size(), xs[i], f.width(), f.link(), f.tag(),
          f.rightToLeft()));
    }
    return placed;
  }
}
