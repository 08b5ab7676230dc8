package dev.pamphlet.export.pdf.layout;

/**
 * Fake metrics for layout tests: every character is half the size wide, so a 10 pt line of
 * width 50 holds exactly 10 characters. Private-use characters (U+E000–U+F8FF) have no glyph.
 */
final class FixedWidthMetrics implements FontMetrics {
  @Override
  public float width(String text, Face face, float size) {
    return text.codePointCount(0, text.length()) * size / 2;
  }

  @Override
  public float ascent(Face face, float size) {
    return size * 0.8f;
  }

  @Override
  public float descent(Face face, float size) {
    return size * 0.2f;
  }

  @Override
  public boolean canDisplay(int codePoint, Face face) {
    return codePoint < 0xE000 || codePoint > 0xF8FF;
  }
}
