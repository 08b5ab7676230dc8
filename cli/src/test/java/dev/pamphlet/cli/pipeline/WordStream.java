package dev.pamphlet.cli.pipeline;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * Text as a sequence of words, and the in-order test "are these words all in that text?". See
 * {@link NothingLostTest} for why words are defined this way.
 *
 * <p>A <em>word</em> is a maximal run of letters, combining marks and digits (Unicode categories
 * L, M, N) after two normalisations: characters nobody can see are deleted (controls other
 * than tab and line ends, format characters such as zero-width joiners and soft hyphens,
 * variation selectors, noncharacters, lone surrogates, U+FFFD, and whatever the caller says,
 * such as characters a PDF font has no glyph for), and the rest is decomposed (NFKD), so "é"
 * written as one or two code points, or a ligature, compare equal. Everything else — spaces,
 * punctuation, symbols, emoji — separates words.
 *
 * <p>The expected side also records <em>soft boundaries</em>: the places where one inline node
 * of the model ends and the next begins ({@code "**bold**text"}, a footnote marker inside a
 * word). A rendering may put a word boundary there (a PDF draws a note marker "[1]", HTML a
 * superscript) or not; either is fine.
 */
final class WordStream {
  private final StringBuilder text = new StringBuilder();
  private final BitSet soft = new BitSet();
  private final BitSet insertions = new BitSet();

  /** Appends text (in which spaces and punctuation separate words). */
  WordStream append(String value) {
    text.append(value);
    return this;
  }

  /** Marks a place where the rendering may, or may not, break a word. */
  WordStream soft() {
    soft.set(text.length());
    return this;
  }

  /**
   * Marks a place where the rendering adds text of its own that the model does not hold (the
   * title a cross-reference without a label shows, the address a link without a label shows, a
   * footnote's number), which may be glued to the words on either side.
   */
  WordStream insertion() {
    soft.set(text.length());
    insertions.set(text.length());
    return this;
  }

  /** Separates words for certain (between blocks, table cells, at a line break). */
  WordStream hard() {
    text.append('\n');
    return this;
  }

  boolean isEmpty() {
    return text.isEmpty();
  }

  /**
   * A word, or several glued by soft boundaries, with the offsets of those boundaries; open at
   * the start or end when it meets an {@link #insertion()} there.
   */
  record Run(String letters, BitSet splits, boolean openStart, boolean openEnd) {
    Run(String letters, BitSet splits) {
      this(letters, splits, false, false);
    }

    @Override
    public String toString() {
      return letters;
    }
  }

  /** The runs of this text, deleting the characters {@code alsoInvisible} names too. */
  List<Run> runs(IntPredicate alsoInvisible) {
    List<Run> runs = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    BitSet splits = new BitSet();
    boolean openStart = false;
    boolean afterInsertion = insertions.get(0);
    int start = 0;
    while (true) {
      int end = soft.nextSetBit(start + 1);
      end = end < 0 ? text.length() : Math.min(end, text.length());
      String piece = Normalizer.normalize(visible(text.substring(start, end), alsoInvisible),
          Normalizer.Form.NFKD);
      for (int i = 0; i < piece.length(); ) {
        int cp = piece.codePointAt(i);
        i += Character.charCount(cp);
        if (isWordChar(cp)) {
          openStart |= run.isEmpty() && afterInsertion;
          run.appendCodePoint(cp);
        } else {
          afterInsertion = false;
          if (!run.isEmpty()) {
            runs.add(new Run(run.toString(), splits, openStart, false));
            run = new StringBuilder();
            splits = new BitSet();
            openStart = false;
          }
        }
        afterInsertion &= run.isEmpty();
      }
      if (end >= text.length()) {
        break;
      }
      if (insertions.get(end)) {
        if (!run.isEmpty()) {
          runs.add(new Run(run.toString(), splits, openStart, true));
          run = new StringBuilder();
          splits = new BitSet();
          openStart = false;
        }
        afterInsertion = true;
      }
      splits.set(run.length()); // a soft boundary: the rendering may break the run here
      start = end;
    }
    if (!run.isEmpty()) {
      runs.add(new Run(run.toString(), splits, openStart, false));
    }
    return runs;
  }

  private static String visible(String value, IntPredicate alsoInvisible) {
    StringBuilder out = new StringBuilder(value.length());
    value.codePoints().filter(cp -> !isInvisible(cp) && !alsoInvisible.test(cp))
        .forEach(out::appendCodePoint);
    return out.toString();
  }

  /** Characters no rendering shows as themselves, which every format may drop or replace. */
  static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return (type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r')
        || type == Character.FORMAT || type == Character.SURROGATE
        || (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xE0100 && cp <= 0xE01EF)
        || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE || cp == 0xFFFD;
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || switch (Character.getType(cp)) {
      case Character.NON_SPACING_MARK, Character.COMBINING_SPACING_MARK,
          Character.ENCLOSING_MARK, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> false;
    };
  }

  /**
   * The expected runs not found, in order, in the rendered words. A run is found at a place
   * where the rendered text, with its word breaks removed, spells it; it must begin and end
   * at a rendered word break (unless it is open there), and any rendered break inside it must fall on one of the run's
   * soft boundaries — or anywhere, when {@code cutsAnywhere} (a PDF cuts a word too long for
   * the line without a hyphen). Matching is greedy from the left, which finds a match
   * whenever one exists, since where a run may match does not depend on the other runs.
   */
  static List<Run> missing(List<Run> expected, List<Run> rendered, boolean cutsAnywhere) {
    StringBuilder all = new StringBuilder();
    BitSet breaks = new BitSet();
    for (Run word : rendered) {
      breaks.set(all.length());
      all.append(word.letters());
    }
    breaks.set(all.length());
    String haystack = all.toString();
    List<Run> missing = new ArrayList<>();
    int cursor = 0;
    for (Run run : expected) {
      int at = find(haystack, breaks, run, cursor, cutsAnywhere);
      if (at < 0) {
        missing.add(run);
      } else {
        cursor = at + run.letters().length();
      }
    }
    return missing;
  }

  private static int find(String haystack, BitSet breaks, Run run, int from,
      boolean cutsAnywhere) {
    String letters = run.letters();
    for (int at = haystack.indexOf(letters, from); at >= 0;
        at = haystack.indexOf(letters, at + 1)) {
      int end = at + letters.length();
      if (!(breaks.get(at) || run.openStart()) || !(breaks.get(end) || run.openEnd())) {
        continue;
      }
      boolean fits = true;
      if (!cutsAnywhere) {
        for (int b = breaks.nextSetBit(at + 1); b >= 0 && b < end; b = breaks.nextSetBit(b + 1)) {
          if (!run.splits().get(b - at)) {
            fits = false;
            break;
          }
        }
      }
      if (fits) {
        return at;
      }
    }
    return -1;
  }

  /** The words of rendered text: no soft boundaries, only what separates words. */
  static List<Run> words(String rendered, IntPredicate alsoInvisible) {
    return new WordStream().append(rendered).runs(alsoInvisible);
  }
}
