package dev.pamphlet.export.pdf.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.Point2D;
import java.io.ByteArrayInputStream;
import java.util.Optional;

/**
 * The JDK's own text layout engine (HarfBuzz inside {@code java.desktop}) applied to one font
 * file: contextual forms, ligatures, mark positioning and right-to-left glyph order. It is made
 * from the very bytes PDFBox embeds, so its glyph ids are the embedded font's. Loading AWT's font
 * machinery costs a noticeable fraction of a second, so one is only made for a typeface the first
 * time text that needs shaping is set in it. Thread-safe: AWT fonts are immutable.
 */
final class AwtShaper {
  /** No hinting, fractional metrics: positions in exact font units. */
  private static final FontRenderContext EXACT = new FontRenderContext(null, false, true);

  private final Font font;

  private AwtShaper(Font font) {
    this.font = font;
  }

  /**
   * A shaper for the font file {@code ttf}, set at {@code unitsPerEm} points so positions come
   * out in font units; empty when this JVM cannot lay text out (no {@code java.desktop}, no font
   * library): the text is then set one glyph per character.
   */
  static Optional<AwtShaper> load(byte[] ttf, float unitsPerEm) {
    try {
      Font font = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(ttf));
      return Optional.of(new AwtShaper(font.deriveFont(unitsPerEm)));
    } catch (Exception | LinkageError e) {
      return Optional.empty();
    }
  }

  /** Glyph ids and positions of {@code text}, in visual order. */
  Glyphs layout(String text, boolean rightToLeft) {
    char[] chars = text.toCharArray();
    GlyphVector vector = font.layoutGlyphVector(EXACT, chars, 0, chars.length,
        rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
    int n = vector.getNumGlyphs();
    int[] ids = vector.getGlyphCodes(0, n, null);
    float[] x = new float[n];
    float[] y = new float[n];
    for (int i = 0; i < n; i++) {
      Point2D at = vector.getGlyphPosition(i);
      x[i] = (float) at.getX();
      y[i] = (float) -at.getY(); // AWT's y grows downwards
    }
    return new Glyphs(ids, x, y, (float) vector.getGlyphPosition(n).getX());
  }

  /** Raw layout output: glyph ids, positions and the total advance, in font units. */
  record Glyphs(int[] ids, float[] x, float[] y, float advance) {}
}
