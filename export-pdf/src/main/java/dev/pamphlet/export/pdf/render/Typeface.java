package dev.pamphlet.export.pdf.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
  private static final byte HIDDEN = 'x';
  /** Shaped words kept per typeface before the cache starts again. */
  private static final int SHAPED_CACHE = 4096;
  private final String name;
  private final TrueTypeFont font;
  private final CmapLookup cmap;
  private final float unitsPerEm;
  private final float ascent;
  private final float descent;
  /** Advance widths in font units by BMP code point, -2 = not looked up yet, -1 = no glyph. */
  private final int[] advances = new int[0x10000];
  /** Made on first use: only text that needs shaping pays for AWT's font machinery. */
  private volatile Optional<AwtShaper> shaper;
  /** Shaped words, by direction and text: a document repeats its words. */
  private final Map<String, Optional<GlyphRun>> shaped = new ConcurrentHashMap<>();

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
    renameTable(bytes, "GSUB", HIDDEN);
    return new Typeface(name, new TTFParser().parse(new RandomAccessReadBuffer(bytes)));
  }

  /**
   * Renames a table in the font's table directory. The GSUB table is hidden from FontBox
   * ({@code GSUB} becomes {@code xSUB}, an unknown table it ignores): PDFBox 3 would otherwise
   * apply its own, partial substitutions when drawing (Latin ligatures), so the drawn text would
   * differ from the measured text (and it costs a regular-expression pass per string drawn).
   * Shaping is ours ({@link AwtShaper}), which gets the table back. Glyphs are untouched.
   */
  private static void renameTable(byte[] font, String tag, byte firstLetter) {
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
        font[record] = firstLetter;
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

  /**
   * {@code text} shaped by the JDK's layout engine, glyphs in visual order; empty when this
   * JVM cannot shape or the result has a glyph no character maps to (a ligature the cmap does
   * not name): the text is then set one glyph per character, like any other.
   */
  Optional<GlyphRun> shape(String text, boolean rightToLeft) {
    Optional<AwtShaper> engine = shaper();
    if (engine.isEmpty()) {
      return Optional.empty();
    }
    String key = (rightToLeft ? "R" : "L") + text;
    Optional<GlyphRun> run = shaped.get(key);
    if (run == null) {
      run = toRun(engine.get().layout(text, rightToLeft));
      if (shaped.size() >= SHAPED_CACHE) {
        shaped.clear();
      }
      shaped.put(key, run);
    }
    return run;
  }

  /** The advance of {@code text} at {@code size} points, shaped, or one glyph per character. */
  float shapedAdvance(String text, float size, boolean rightToLeft) {
    Optional<GlyphRun> run = shape(text, rightToLeft);
    if (run.isPresent()) {
      return run.get().advance() * size / unitsPerEm;
    }
    float width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += advance(cp, size);
      i += Character.charCount(cp);
    }
    return width;
  }

  /** Font units to points at {@code size}. */
  float scale(float size) {
    return size / unitsPerEm;
  }

  /** The advance of a glyph in font units. */
  int glyphAdvance(int codePoint) {
    return Math.max(0, advanceUnits(codePoint));
  }

  private Optional<GlyphRun> toRun(AwtShaper.Glyphs glyphs) {
    int n = glyphs.ids().length;
    int[] codePoints = new int[n];
    float[] x = new float[n];
    float[] y = new float[n];
    int kept = 0;
    for (int i = 0; i < n; i++) {
      int id = glyphs.ids()[i];
      if (id >= 0xFFFE) {
        continue; // the engine's invisible glyph (a joiner): nothing to draw
      }
      int codePoint = characterFor(id);
      if (codePoint < 0) {
        return Optional.empty();
      }
      codePoints[kept] = codePoint;
      x[kept] = glyphs.x()[i];
      y[kept] = glyphs.y()[i];
      kept++;
    }
    return Optional.of(new GlyphRun(Arrays.copyOf(codePoints, kept), Arrays.copyOf(x, kept),
        Arrays.copyOf(y, kept), glyphs.advance()));
  }

  /** The smallest character the cmap maps to {@code glyph}, or -1. */
  private int characterFor(int glyph) {
    if (glyph <= 0) {
      return -1;
    }
    List<Integer> codes;
    synchronized (cmap) { // FontBox builds its reverse map lazily
      codes = cmap.getCharCodes(glyph);
    }
    if (codes == null || codes.isEmpty()) {
      return -1;
    }
    int smallest = Integer.MAX_VALUE;
    for (int code : codes) {
      smallest = Math.min(smallest, code);
    }
    return smallest;
  }

  /** Whether the shaping engine was loaded for this typeface (tests of the cold start). */
  boolean shaperLoaded() {
    return shaper != null;
  }

  private Optional<AwtShaper> shaper() {
    Optional<AwtShaper> engine = shaper;
    if (engine == null) {
      synchronized (this) {
        engine = shaper;
        if (engine == null) {
          engine = AwtShaper.load(originalBytes(), unitsPerEm);
          shaper = engine;
        }
      }
    }
    return engine;
  }

  /** The font file as given, with the substitution table PDFBox must not see shown again. */
  private byte[] originalBytes() {
    try (InputStream in = font.getOriginalData()) {
      byte[] bytes = in.readAllBytes();
      renameTable(bytes, "xSUB", (byte) 'G');
      return bytes;
    } catch (IOException e) {
      return new byte[0]; // AwtShaper then finds no font and the text is not shaped
    }
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
