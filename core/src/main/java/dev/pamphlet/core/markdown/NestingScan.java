package dev.pamphlet.core.markdown;

import dev.pamphlet.core.model.Nesting;

/**
 * A quick look at Markdown text, before flexmark parses it, for nesting so deep that parsing
 * would not end well: flexmark walks its tree recursively (a {@code StackOverflowError} at a
 * few thousand levels), its cost grows with the square of the depth, and each level is a node
 * in memory, so a 50 MB line of {@code >} would not fit.
 *
 * <p>For each line it counts the levels the line's start could open — quote markers, list
 * markers, and indentation at two columns a level (the least a nested list needs) — plus the
 * emphasis delimiters and brackets its paragraph has opened and not closed, outside fenced code.
 * The count never falls below the real depth, and it overestimates real content by a small
 * factor at most, so text it passes parses safely and cheaply; the exact limit,
 * {@link Nesting#MAX_DEPTH}, is then checked on the model. One pass, no allocation.
 */
final class NestingScan {
  /**
   * The count beyond which text is not parsed: three times the model's limit, so content
   * within the limit is never stopped here however its markers and indentation are written.
   */
  static final int LIMIT = 3 * Nesting.MAX_DEPTH;

  /**
   * The characters {@link #inlines} must look at; everything else is skipped in a tight loop
   * (most of a text is letters and spaces, and this scan runs before every parse).
   */
  private static final boolean[] INLINE_SIGNIFICANT = new boolean[128];

  static {
    for (char c : "\\[]*_~\n\r".toCharArray()) {
      INLINE_SIGNIFICANT[c] = true;
    }
  }

  private final char[] text;
  private final int length;
  private int at;
  private int brackets;
  private int emphasis;
  private boolean inFence;

  private NestingScan(String text) {
    this.text = text.toCharArray();
    this.length = this.text.length;
  }

  /** The offset at which {@code text} first nests beyond {@link #LIMIT}, or -1. */
  static int tooDeepAt(String text) {
    return new NestingScan(text).scan();
  }

  private int scan() {
    while (at < length) {
      int found = line();
      if (found >= 0) {
        return found;
      }
      at++; // past the line end
    }
    return -1;
  }

  /** Scans one line, leaving {@code at} on its end; the offset found too deep, or -1. */
  private int line() {
    int columns = 0;
    int markers = 0;
    boolean listItem = false;
    while (at < length) {
      char c = text[at];
      if (c == ' ') {
        columns++;
        at++;
      } else if (c == '\t') {
        columns += 4 - columns % 4;
        at++;
      } else if (c == '>') {
        markers++;
        at++;
      } else if ((c == '-' || c == '+' || c == '*') && blankOrEnd(at + 1)) {
        markers++;
        listItem = true;
        at++;
      } else if (isDigit(c) && orderedMarkerEnd() > 0) {
        markers++;
        listItem = true;
        at = orderedMarkerEnd();
      } else {
        break;
      }
      if (markers + columns / 2 > LIMIT) {
        return at;
      }
    }
    int block = markers + columns / 2;
    if (lineEnd() || listItem) {
      // A blank line or a new list item starts a new paragraph.
      brackets = 0;
      emphasis = 0;
    }
    if (startsFence()) {
      inFence = !inFence;
    }
    return inFence ? skipLine() : inlines(block);
  }

  private int inlines(int block) {
    while (true) {
      at = nextSignificant(at);
      if (lineEnd()) {
        break;
      }
      char c = text[at];
      if (c == '\\') {
        at += Math.min(2, length - at);
        continue;
      }
      if (c == '*' || c == '_' || c == '~') {
        delimiterRun(c); // leaves at after the run
      } else {
        if (c == '[') {
          brackets++;
        } else if (c == ']') {
          brackets = Math.max(0, brackets - 1);
        }
        at++;
      }
      if (block + brackets + emphasis > LIMIT) {
        return at;
      }
    }
    return block + brackets + emphasis > LIMIT ? at : -1;
  }

  /** A run of one delimiter character: opens, closes, or (both-flanking) pairs up. */
  private void delimiterRun(char delimiter) {
    int start = at;
    while (at < length && text[at] == delimiter) {
      at++;
    }
    int before = start > 0 ? text[start - 1] : ' ';
    int after = at < length ? text[at] : ' ';
    // CommonMark's flanking rules (section 6.2).
    boolean left = !isSpace(after) && (!isPunctuation(after) || isSpace(before)
        || isPunctuation(before));
    boolean right = !isSpace(before) && (!isPunctuation(before) || isSpace(after)
        || isPunctuation(after));
    if (left && (!right || emphasis == 0)) {
      emphasis++;
    } else if (right && emphasis > 0) {
      emphasis--;
    }
  }

  /** The offset of the first character at or after {@code from} {@link #inlines} must see. */
  private int nextSignificant(int from) {
    int i = from;
    while (i < length && (text[i] >= 128 || !INLINE_SIGNIFICANT[text[i]])) {
      i++;
    }
    return i;
  }

  private int skipLine() {
    int i = at;
    while (i < length && text[i] != '\n' && text[i] != '\r') {
      i++;
    }
    at = i;
    return -1;
  }

  private boolean startsFence() {
    return at + 2 < length && (text[at] == '`' || text[at] == '~')
        && text[at + 1] == text[at] && text[at + 2] == text[at];
  }

  /** The offset after an ordered-list marker ({@code 1.} or {@code 1)}) at {@code at}, or 0. */
  private int orderedMarkerEnd() {
    int end = at;
    while (end < length && end - at < 9 && isDigit(text[end])) {
      end++;
    }
    if (end < length && (text[end] == '.' || text[end] == ')')
        && blankOrEnd(end + 1)) {
      return end + 1;
    }
    return 0;
  }

  private boolean lineEnd() {
    return at >= length || text[at] == '\n' || text[at] == '\r';
  }

  private boolean blankOrEnd(int index) {
    return index >= length || isSpace(text[index]);
  }

  private static boolean isSpace(int c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || Character.isWhitespace(c);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isPunctuation(int c) {
    int type = Character.getType(c);
    return (c < 128 && !Character.isLetterOrDigit(c) && c > ' ')
        || type == Character.CONNECTOR_PUNCTUATION || type == Character.DASH_PUNCTUATION
        || type == Character.START_PUNCTUATION || type == Character.END_PUNCTUATION
        || type == Character.INITIAL_QUOTE_PUNCTUATION
        || type == Character.FINAL_QUOTE_PUNCTUATION || type == Character.OTHER_PUNCTUATION;
  }
}
