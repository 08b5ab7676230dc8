package dev.pamphlet.export.pdf.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One parsed TrueType font, shared by every document and thread of the JVM: parsing DejaVu
 * costs milliseconds, so it is done once. FontBox 3 guards its lazily read tables with locks, and
 * this class only reads, so sharing is safe; each document still embeds its own subset.
 */
public final class Typeface {
  private final String name;
  private final TrueTypeFont font;
  private final CmapLookup cmap;
  private final float unitsPerEm;
  private final float ascent;
  private final float descent;
  /** Advance widths in font units by BMP code point, -2 = not looked up yet, -1 = no glyph. */
  private final int[] advances = new int[0x10000];

  private Typeface(String name, TrueTypeFont font) throws IOException {
    this.name = name;
    this.font = font;
    this.cmap = font.getUnicodeCmapLookup();
    this.unitsPerEm = font.getUnitsPerEm();
    this.ascent = font.getHorizontalHeader().getAscender() / unitsPerEm;
    this.descent = -font.getHorizontalHeader().getDescender() / unitsPerEm;
    Arrays.fill(advances, -2);
  }

  /** Parses a TrueType font from {@code in}, which it closes. */
  public static Typeface parse(String name, InputStream in) throws IOException {
    Objects.requireNonNull(in, () -> "font not found: " + name);
    byte[] bytes;
    try (in) {
      bytes = in.readAllBytes();
    }
    hideTable(bytes, "GSUB");
    return new Typeface(name, new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
  }

  /**
   * Renames a table in the font's table directory so FontBox does not see it. The layout
   * measures plain advance widths, without shaping; PDFBox 3 would otherwise apply the GSUB
   * table when drawing (ligatures), so the drawn text would differ from the measured text (and
   * it costs a regular-expression pass per string drawn). The glyphs themselves are untouched.
   */
  private static void hideTable(byte[] font, String tag) {
    if (font.length < 12) {
      return;
    }
    int tables = ((font[4] & 0xFF) << 8) | (font[5] & 0xFF);
    for (int i = 0; i < tables; i++) {
      int record = 12 + 16 * i;
      if (record + 4 > font.length) {
        return;
      }
      if (new String(font, record, 4, StandardCharsets.ISO_8859_1).equals(tag)) {
        font[record] = 'x'; // an unregistered tag: an unknown table, which FontBox ignores
        return;
      }
    }
  }

  /** Loads a font bundled as a class-path resource. */
  static Typeface resource(String path) {
    try {
      return parse(path, Typeface.class.getClassLoader().getResourceAsStream(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read bundled font " + path, e);
    }
  }

  public String name() {
    return name;
  }

  /** The parsed font, for embedding. */
  TrueTypeFont font() {
    return font;
  }

  /** Whether the font has a glyph for the code point. */
  public boolean has(int codePoint) {
    return advanceUnits(codePoint) >= 0;
  }

  /** The advance of a code point in 1/1000 em, or a negative number when there is no glyph. */
  private int advanceUnits(int codePoint) {
    if (codePoint < advances.length) {
      int cached = advances[codePoint];
      if (cached != -2) {
        return cached;
      }
    }
    int advance;
    try {
      int glyph = cmap.getGlyphId(codePoint);
      advance = glyph <= 0 ? -1 : font.getAdvanceWidth(glyph);
    } catch (IOException e) {
      advance = -1;
    }
    if (codePoint < advances.length) {
      advances[codePoint] = advance; // a benign race: every thread computes the same value
    }
    return advance;
  }

  /** The advance width of a code point at {@code size} points (0 when there is no glyph). */
  public float advance(int codePoint, float size) {
    int units = advanceUnits(codePoint);
    return units < 0 ? 0 : units * size / unitsPerEm;
  }

  /** The ascent as a fraction of the size. */
  public float ascent() {
    return ascent;
  }

  /** The descent as a positive fraction of the size. */
  public float descent() {
    return descent;
  }

  @Override
  public String toString() {
    return name;
  }
}
