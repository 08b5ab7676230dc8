package dev.pamphlet.export.pdf.layout;

/**
 * What the layout needs to know about fonts, in points. Implementations are thread-safe. The
 * renderer measures with the embedded TrueType fonts; tests use fixed-width fakes, so line
 * breaking and pagination are tested without PDFBox.
 */
public interface FontMetrics {
  /** The advance width of {@code text} set in {@code face} at {@code size} points. */
  float width(String text, Face face, float size);

  /** How far the tallest glyphs rise above the baseline, positive. */
  float ascent(Face face, float size);

  /** How far the deepest glyphs fall below the baseline, positive. */
  float descent(Face face, float size);

  /** Whether some font for {@code face} (including fallbacks) has a glyph for the code point. */
  boolean canDisplay(int codePoint, Face face);
}
