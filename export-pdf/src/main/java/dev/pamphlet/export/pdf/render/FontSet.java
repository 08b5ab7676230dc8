package dev.pamphlet.export.pdf.render;

import dev.pamphlet.export.pdf.layout.Face;
import dev.pamphlet.export.pdf.layout.FontMetrics;
import java.util.ArrayList;
import java.util.List;

/**
 * The families a document is set in, in fallback order: a glyph the first family lacks is taken
 * from the next. Measures text for the layout and splits it into per-typeface runs for drawing,
 * with the same choice of typeface for both. Immutable and thread-safe.
 */
public final class FontSet implements FontMetrics {
  private final List<FontFamily> families;

  public FontSet(List<FontFamily> families) {
    if (families.isEmpty()) {
      throw new IllegalArgumentException("at least one font family is needed");
    }
    this.families = List.copyOf(families);
  }

  /** DejaVu Sans, falling back to DejaVu Serif. */
  public static FontSet standard() {
    return new FontSet(List.of(FontFamily.dejaVu(), FontFamily.dejaVuSerif()));
  }

  /** The families, main first. */
  public List<FontFamily> families() {
    return families;
  }

  /** The typeface that draws {@code codePoint} in {@code face}, or the main one if none has it. */
  public Typeface typeface(int codePoint, Face face) {
    for (FontFamily family : families) {
      Typeface typeface = family.face(face);
      if (typeface.has(codePoint)) {
        return typeface;
      }
    }
    for (FontFamily family : families) {
      for (Face other : Face.values()) {
        if (family.face(other).has(codePoint)) {
          return family.face(other);
        }
      }
    }
    return families.get(0).face(face);
  }

  @Override
  public boolean canDisplay(int codePoint, Face face) {
    for (FontFamily family : families) {
      for (Face any : Face.values()) {
        if (family.face(any).has(codePoint)) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public float width(String text, Face face, float size) {
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Shaping.needed(cp)) {
        return shapedWidth(text, face, size);
      }
      width += typeface(cp, face).advance(cp, size);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** The width of text with joining letters or marks: the sum of its shaped runs. */
  private float shapedWidth(String text, Face face, float size) {
    boolean rightToLeft = Shaping.rightToLeft(text);
    float width = 0;
    for (Run run : runs(text, face)) {
      width += run.typeface().shapedAdvance(run.text(), size, rightToLeft);
    }
    return width;
  }

  @Override
  public float ascent(Face face, float size) {
    return families.get(0).face(face).ascent() * size;
  }

  @Override
  public float descent(Face face, float size) {
    return families.get(0).face(face).descent() * size;
  }

  /** A stretch of text that one typeface draws. */
  public record Run(Typeface typeface, String text) {}

  /** Splits {@code text} into runs, one per change of typeface. */
  public List<Run> runs(String text, Face face) {
    List<Run> runs = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    Typeface typeface = null;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      Typeface next = typeface(cp, face);
      if (typeface != null && next != typeface) {
        runs.add(new Run(typeface, current.toString()));
        current.setLength(0);
      }
      typeface = next;
      current.appendCodePoint(cp);
      i += Character.charCount(cp);
    }
    if (typeface != null) {
      runs.add(new Run(typeface, current.toString()));
    }
    return runs;
  }
}
