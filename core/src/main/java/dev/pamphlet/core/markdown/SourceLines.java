package dev.pamphlet.core.markdown;

import dev.pamphlet.core.diagnostic.SourcePosition;
import java.util.Arrays;

/** Turns character offsets of one source text into 1-based line and column positions. */
final class SourceLines {
  private final String file;
  private final int[] lineStarts;
  private final int length;

  SourceLines(String file, String text) {
    this.file = file;
    this.length = text.length();
    // Without '\r' (the common case) the JDK's fast search finds every line end.
    boolean anyReturn = text.indexOf('\r') >= 0;
    int[] starts = new int[16 + text.length() / 48]; // room for lines of typical length
    int count = 1;
    for (int end = endAt(text, 0, anyReturn); end >= 0; end = endAt(text, end + 1, anyReturn)) {
      if (count == starts.length) {
        starts = Arrays.copyOf(starts, count * 2);
      }
      starts[count++] = end + 1;
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  /** The index of the last character of the first line ending at or after {@code from}, or -1. */
  private static int endAt(String text, int from, boolean anyReturn) {
    if (!anyReturn) {
      return text.indexOf('\n', from);
    }
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      // "\r\n" ends one line, as does a lone "\r": the line starts after the whole ending.
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        return i;
      }
    }
    return -1;
  }

  String file() {
    return file;
  }

  /** The position of {@code offset}; offsets past the end clamp to the end. */
  SourcePosition at(int offset) {
    int clamped = Math.max(0, Math.min(offset, length));
    int index = Arrays.binarySearch(lineStarts, clamped);
    int line = index >= 0 ? index : -index - 2;
    return new SourcePosition(file, line + 1, clamped - lineStarts[line] + 1);
  }

  /** The position at a 1-based {@code line} and {@code column} (values below 1 become 1). */
  SourcePosition at(int line, int column) {
    return new SourcePosition(file, Math.max(1, line), Math.max(1, column));
  }
}
