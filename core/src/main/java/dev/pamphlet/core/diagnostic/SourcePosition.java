package dev.pamphlet.core.diagnostic;

import java.util.Objects;

/**
 * Where something is in its source: a file and a 1-based line and column. Line or column 0
 * means "not known"; an empty file means content built in code.
 */
public record SourcePosition(String file, int line, int column)
    implements Comparable<SourcePosition> {
  /** Nowhere in particular: content built in code. */
  public static final SourcePosition UNKNOWN = new SourcePosition("", 0, 0);

  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be 0 or more");
    }
  }

  /** The start of a file. */
  public static SourcePosition of(String file) {
    return new SourcePosition(file, 0, 0);
  }

  /** {@code file:line:column}, leaving out what is not known. */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder(file.isEmpty() ? "<input>" : file);
    if (line > 0) {
      out.append(':').append(line);
      if (column > 0) {
        out.append(':').append(column);
      }
    }
    return out.toString();
  }

  @Override
  public int compareTo(SourcePosition other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }
}
