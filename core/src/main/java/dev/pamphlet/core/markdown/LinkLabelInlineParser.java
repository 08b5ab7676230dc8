package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;

/**
 * flexmark's inline parser with its link label matched in linear time. flexmark matches a
 * label with the regular expression {@code \[(?:[^\\\[\]]|\\<escapable>|\\){0,999}\]}, in
 * which a run of backslashes can be split into escapes and lone backslashes in exponentially
 * many ways: a 66-byte paragraph of {@code [} and forty backslashes with no closing bracket
 * kept it busy for minutes (found by fuzzing). {@link #labelEnd} finds exactly the match the
 * expression finds — the same search in the same order — but remembers where a search has
 * already failed, so each position is tried about once.
 */
final class LinkLabelInlineParser extends InlineParserImpl {
  /** The most units a label may hold, as in the expression. */
  private static final int MAX_UNITS = 999;
  /** What a backslash escapes (CommonMark's ASCII punctuation). */
  private static final String ESCAPABLE = "!\"#$%&'()*+,./:;<=>?@[]\\^_`{|}~-";

  LinkLabelInlineParser(DataHolder options, BitSet specialCharacters,
      BitSet delimiterCharacters, Map<Character, DelimiterProcessor> delimiterProcessors,
      LinkRefProcessorData linkRefProcessors,
      List<InlineParserExtensionFactory> inlineParserExtensions) {
    super(options, specialCharacters, delimiterCharacters, delimiterProcessors,
        linkRefProcessors, inlineParserExtensions);
  }

  /** As flexmark's: the label's length (0 if none starts here), and moves past it. */
  @Override
  public int parseLinkLabel() {
    if (index >= input.length()) {
      return 0;
    }
    int end = labelEnd(input, index);
    if (end < 0) {
      return 0;
    }
    int length = end - index;
    index = end;
    return length;
  }

  /**
   * The end (exclusive) of the link label starting at {@code start}, or -1: the match
   * flexmark's expression finds there.
   */
  static int labelEnd(CharSequence text, int start) {
    if (start >= text.length() || text.charAt(start) != '[') {
      return -1;
    }
    // A label holds at most MAX_UNITS units of at most two characters, and its ']'.
    int limit = Math.min(text.length(), start + 1 + 2 * MAX_UNITS + 1);
    // Most labels hold no backslash: then the only way is straight to the first ']'.
    int units = 0;
    for (int i = start + 1; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        return searched(text, start, limit);
      } else if (c == ']') {
        return i + 1;
      } else if (c == '[' || ++units > MAX_UNITS) {
        return -1;
      } else if (Character.isHighSurrogate(c) && i + 1 < limit
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++; // one code point, one unit
      }
    }
    return -1;
  }

  /** The label's end found by the expression's search, for a label holding backslashes. */
  private static int searched(CharSequence text, int start, int limit) {
    int[] failedWith = new int[limit - start + 1];
    Arrays.fill(failedWith, Integer.MAX_VALUE);
    return new Search(text, start, limit, failedWith).from(start + 1, 0);
  }

  /**
   * The expression's backtracking search: at each position, one more unit first (a plain
   * character, else an escape, else a lone backslash), then the closing bracket. A search
   * that failed at a position after {@code n} units fails there after any more units too (it
   * has fewer left), so the fewest units it failed with is remembered and later tries with at
   * least as many are cut short.
   */
  private record Search(CharSequence text, int start, int limit, int[] failedWith) {
    int from(int position, int units) {
      if (units >= failedWith[position - start]) {
        return -1;
      }
      if (units < MAX_UNITS && position < limit) {
        char c = text.charAt(position);
        if (c != '\\' && c != '[' && c != ']') {
          // One unit is one code point, as the expression counts: a surrogate pair is one.
          boolean pair = Character.isHighSurrogate(c) && position + 1 < limit
              && Character.isLowSurrogate(text.charAt(position + 1));
          int end = from(position + (pair ? 2 : 1), units + 1);
          if (end >= 0) {
            return end;
          }
        } else if (c == '\\') {
          if (position + 1 < limit && ESCAPABLE.indexOf(text.charAt(position + 1)) >= 0) {
            int end = from(position + 2, units + 1);
            if (end >= 0) {
              return end;
            }
          }
          int end = from(position + 1, units + 1);
          if (end >= 0) {
            return end;
          }
        }
      }
      if (position < limit && text.charAt(position) == ']') {
        return position + 1;
      }
      failedWith[position - start] = units;
      return -1;
    }
  }
}
