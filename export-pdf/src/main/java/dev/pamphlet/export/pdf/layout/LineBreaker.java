package dev.pamphlet.export.pdf.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Greedy ragged-right line breaking. Breaks at spaces; a word wider than the line (a long URL, a
 * run of letters) is cut, after a {@code /}, {@code -}, {@code .}, {@code ?}, {@code &} or
 * {@code =} when one falls in the last two thirds of the cut, else between any two characters,
 * so nothing ever runs past the margin. No hyphens are added. Immutable and thread-safe.
 */
public final class LineBreaker {
  private static final String SOFT_BREAKS = "/-.?&=_";

  private final FontMetrics metrics;
  private final float leading;
  private final boolean rightToLeft;

  public LineBreaker(FontMetrics metrics, float leading) {
    this(metrics, leading, false);
  }

  private LineBreaker(FontMetrics metrics, float leading, boolean rightToLeft) {
    this.metrics = Objects.requireNonNull(metrics, "metrics");
    this.leading = leading;
    this.rightToLeft = rightToLeft;
  }

  /** Whether this breaker sets every paragraph right to left. */
  public boolean isRightToLeft() {
    return rightToLeft;
  }

  /**
   * This breaker for text in a right-to-left language (every paragraph right to left and
   * ragged left, as {@code dir="rtl"} sets it in HTML) or, when false, for other text (each
   * paragraph takes the direction of its first strong character).
   */
  public LineBreaker rightToLeft(boolean rightToLeft) {
    return rightToLeft == this.rightToLeft ? this
        : new LineBreaker(metrics, leading, rightToLeft);
  }

  /**
   * Breaks {@code spans} into lines no wider than {@code width}. Runs of white space collapse to
   * one space unless {@code preserveSpaces} (code). An empty input gives no lines.
   */
  public List<Line> breakLines(List<Span> spans, float width, boolean preserveSpaces) {
    List<Line> lines = new ArrayList<>();
    List<Piece> line = new ArrayList<>();
    float x = 0;
    Piece pendingSpace = null;
    int level = rightToLeft ? 1 : BidiLine.paragraphLevel(spans);
    for (List<Piece> word : words(spans, preserveSpaces)) {
      Piece first = word.get(0);
      if (first.span.isBreak()) {
        lines.add(toLine(line, first.span, width, level));
        line = new ArrayList<>();
        x = 0;
        pendingSpace = null;
        continue;
      }
      if (first.space) {
        pendingSpace = preserveSpaces && pendingSpace != null
            ? new Piece(pendingSpace.text + first.text, first.span, true,
                pendingSpace.width + first.width)
            : first;
        continue;
      }
      float wordWidth = widthOf(word);
      Piece space = pendingSpace;
      pendingSpace = null;
      float spaceWidth = space == null ? 0 : space.width;
      boolean keepSpace = space != null && (!line.isEmpty() || preserveSpaces);
      if (!line.isEmpty() && x + spaceWidth + wordWidth > width) {
        lines.add(toLine(line, line.get(0).span, width, level));
        line = new ArrayList<>();
        x = 0;
        keepSpace = false;
      }
      if (keepSpace) {
        line.add(space);
        x += spaceWidth;
      }
      if (x + wordWidth <= width) {
        line.addAll(word);
        x += wordWidth;
        continue;
      }
      if (!line.isEmpty() && width - x < wordWidth / Math.max(1, word.get(0).text.length())) {
        lines.add(toLine(line, line.get(0).span, width, level));
        line = new ArrayList<>();
        x = 0;
      }
      List<List<Piece>> chunks = cut(word, width - x, width);
      for (int i = 0; i < chunks.size(); i++) {
        if (i > 0) {
          lines.add(toLine(line, line.get(0).span, width, level));
          line = new ArrayList<>();
          x = 0;
        }
        line.addAll(chunks.get(i));
        x += widthOf(chunks.get(i));
      }
    }
    if (!line.isEmpty()) {
      lines.add(toLine(line, line.get(0).span, width, level));
    }
    return lines;
  }

  /**
   * Splits spans into words, spaces and breaks; a word may span several spans. A span's
   * collapsed spaces are one piece, measured once: half of all pieces are spaces.
   */
  private List<List<Piece>> words(List<Span> spans, boolean preserveSpaces) {
    List<List<Piece>> words = new ArrayList<>();
    Word word = new Word();
    for (Span span : spans) {
      if (span.isBreak()) {
        word.flushTo(words);
        words.add(List.of(new Piece("\n", span, false, 0)));
        continue;
      }
      String text = span.text();
      List<Piece> collapsedSpace = null;
      int i = 0;
      while (i < text.length()) {
        boolean space = isSpace(text.charAt(i));
        int j = i;
        while (j < text.length() && isSpace(text.charAt(j)) == space) {
          j++;
        }
        if (space) {
          word.flushTo(words);
          if (preserveSpaces) {
            String part = text.substring(i, j);
            words.add(List.of(new Piece(part, span, true, measure(part, span))));
          } else {
            if (collapsedSpace == null) {
              collapsedSpace = List.of(new Piece(" ", span, true, measure(" ", span)));
            }
            words.add(collapsedSpace);
          }
        } else {
          String part = text.substring(i, j);
          word.add(new Piece(part, span, false, measure(part, span)));
        }
        i = j;
      }
    }
    word.flushTo(words);
    return words;
  }

  /** The pieces of the word being read: most words are one piece, kept without a list. */
  private static final class Word {
    private Piece first;
    private List<Piece> pieces;

    void add(Piece piece) {
      if (first == null) {
        first = piece;
      } else {
        if (pieces == null) {
          pieces = new ArrayList<>(4);
          pieces.add(first);
        }
        pieces.add(piece);
      }
    }

    void flushTo(List<List<Piece>> words) {
      if (first != null) {
        words.add(pieces == null ? List.of(first) : pieces);
      }
      first = null;
      pieces = null;
    }
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  /** Cuts an over-long word: the first chunk fits {@code firstWidth}, the rest {@code width}. */
  private List<List<Piece>> cut(List<Piece> word, float firstWidth, float width) {
    List<Piece> units = new ArrayList<>();
    for (Piece piece : word) {
      piece.text.codePoints().forEach(cp -> {
        String ch = new String(Character.toChars(cp));
        units.add(new Piece(ch, piece.span, false, measure(ch, piece.span)));
      });
    }
    List<List<Piece>> chunks = new ArrayList<>();
    int start = 0;
    float room = firstWidth;
    while (start < units.size()) {
      int end = start;
      float used = 0;
      while (end < units.size() && (end == start || used + units.get(end).width <= room)) {
        used += units.get(end).width;
        end++;
      }
      if (end < units.size()) {
        int taken = end - start;
        for (int k = end - 1; k >= start + taken / 3 && k > start; k--) {
          if (SOFT_BREAKS.indexOf(units.get(k).text.charAt(0)) >= 0) {
            end = k + 1;
            break;
          }
        }
      }
      chunks.add(merge(units.subList(start, end)));
      start = end;
      room = width;
    }
    return chunks;
  }

  private static List<Piece> merge(List<Piece> units) {
    List<Piece> out = new ArrayList<>();
    for (Piece unit : units) {
      Piece last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && last.span == unit.span) {
        out.set(out.size() - 1,
            new Piece(last.text + unit.text, unit.span, false, last.width + unit.width));
      } else {
        out.add(unit);
      }
    }
    return out;
  }

  private float measure(String text, Span span) {
    return metrics.width(text, span.face(), span.size());
  }

  private static float widthOf(List<Piece> pieces) {
    float width = 0;
    for (Piece piece : pieces) {
      width += piece.width;
    }
    return width;
  }

  /**
   * Builds a line, merging neighbouring pieces that look and link the same, and puts
   * mixed-direction text in visual order ({@link BidiLine}).
   */
  private Line toLine(List<Piece> pieces, Span sizing, float available, int level) {
    List<Fragment> fragments = new ArrayList<>();
    float x = 0;
    float size = sizing.size();
    float ascent = metrics.ascent(sizing.face(), size);
    float descent = metrics.descent(sizing.face(), size);
    StringBuilder text = new StringBuilder();
    Piece runStart = null;
    float runX = 0;
    float runWidth = 0;
    for (Piece piece : pieces) {
      size = Math.max(size, piece.span.size());
      ascent = Math.max(ascent, metrics.ascent(piece.span.face(), piece.span.size()));
      descent = Math.max(descent, metrics.descent(piece.span.face(), piece.span.size()));
      if (runStart != null && !sameLook(runStart.span, piece.span)) {
        fragments.add(fragment(text.toString(), runStart.span, runX, runWidth));
        text.setLength(0);
        runStart = null;
      }
      if (runStart == null) {
        runStart = piece;
        runX = x;
        runWidth = 0;
      }
      text.append(piece.text);
      runWidth += piece.width;
      x += piece.width;
    }
    if (runStart != null) {
      fragments.add(fragment(text.toString(), runStart.span, runX, runWidth));
    }
    if (level != BidiLine.NONE) {
      fragments = BidiLine.reorder(fragments, level, metrics, available);
    }
    return new Line(fragments, x, size * leading, ascent, descent);
  }

  private static Fragment fragment(String text, Span span, float x, float width) {
    return new Fragment(text, span.face(), span.size(), x, width, span.link(), span.tag());
  }

  private static boolean sameLook(Span a, Span b) {
    return a.face() == b.face() && a.size() == b.size() && Objects.equals(a.link(), b.link())
        && a.tag() == b.tag();
  }

  /** A word, part of a word, a space or a break, with its measured width. */
  private record Piece(String text, Span span, boolean space, float width) {}
}
