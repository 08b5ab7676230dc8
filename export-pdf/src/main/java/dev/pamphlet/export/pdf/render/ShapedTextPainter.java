package dev.pamphlet.export.pdf.render;

import dev.pamphlet.export.pdf.layout.Face;
import java.io.IOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws text that is not one glyph per character in reading order: right-to-left text (its
 * glyphs from the last character to the first) and text that needs shaping (joined Arabic,
 * placed marks). The glyphs are wrapped in a marked-content span whose {@code /ActualText} is
 * the text in reading order, so copying, searching and screen readers get the words, not the
 * glyphs. Stateless.
 */
final class ShapedTextPainter {
  private static final COSName SPAN = COSName.getPDFName("Span");
  /** Positions closer than this (font units) to where the glyph would fall anyway are kept. */
  private static final float SLACK = 0.5f;

  /** Embeds a typeface in the document being drawn, once. */
  interface Embedder {
    PDType0Font embed(Typeface typeface) throws IOException;
  }

  private ShapedTextPainter() {}

  /** Whether {@code text} must be drawn here rather than shown as it is. */
  static boolean needed(String text, boolean rightToLeft) {
    return rightToLeft || Shaping.needed(text);
  }

  /**
   * Draws a whole line that was not laid out (a running header): its direction runs in
   * visual order (the Unicode bidirectional algorithm), each shaped as it needs.
   */
  static void showLine(PDPageContentStream out, FontSet fonts, Embedder embedder, String text,
      Face face, float size, float x, float baseline) throws IOException {
    Bidi bidi = new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT);
    int count = bidi.getRunCount();
    byte[] levels = new byte[count];
    Integer[] runs = new Integer[count];
    for (int i = 0; i < count; i++) {
      levels[i] = (byte) bidi.getRunLevel(i);
      runs[i] = i;
    }
    Bidi.reorderVisually(levels, 0, runs, 0, count);
    float pen = x;
    for (int run : runs) {
      String part = text.substring(bidi.getRunStart(run), bidi.getRunLimit(run));
      show(out, fonts, embedder, part, face, size, pen, baseline, bidi.getRunLevel(run) % 2 == 1);
      pen += fonts.width(part, face, size);
    }
  }

  /** Draws {@code text} (reading order) starting at {@code x} on {@code baseline}. */
  static void show(PDPageContentStream out, FontSet fonts, Embedder embedder, String text,
      Face face, float size, float x, float baseline, boolean rightToLeft) throws IOException {
    List<FontSet.Run> runs = new ArrayList<>(fonts.runs(text, face));
    if (rightToLeft) {
      Collections.reverse(runs);
    }
    COSDictionary span = new COSDictionary();
    span.setString(COSName.ACTUAL_TEXT, text);
    out.beginMarkedContent(SPAN, PDPropertyList.create(span));
    out.beginText();
    float pen = x;
    for (FontSet.Run run : runs) {
      Typeface typeface = run.typeface();
      out.setFont(embedder.embed(typeface), size);
      Optional<GlyphRun> glyphs = typeface.shape(run.text(), rightToLeft);
      if (glyphs.isPresent()) {
        glyphs(out, typeface, glyphs.get(), size, pen, baseline);
      } else {
        out.setTextMatrix(Matrix.getTranslateInstance(pen, baseline));
        out.showText(rightToLeft ? reversed(run.text()) : run.text());
      }
      pen += typeface.shapedAdvance(run.text(), size, rightToLeft);
    }
    out.endText();
    out.endMarkedContent();
  }

  /**
   * Shows shaped glyphs, one string for each stretch that sits where plain advances would put
   * it, and a new text position for each glyph that does not (a mark above its letter).
   */
  private static void glyphs(PDPageContentStream out, Typeface typeface, GlyphRun run,
      float size, float x, float baseline) throws IOException {
    float scale = typeface.scale(size);
    StringBuilder stretch = new StringBuilder();
    float expected = Float.NaN;
    boolean offBaseline = false;
    for (int i = 0; i < run.codePoints().length; i++) {
      float gx = run.x()[i];
      float gy = run.y()[i];
      boolean inPlace = stretch.length() > 0 && !offBaseline && gy == 0
          && Math.abs(gx - expected) < SLACK;
      if (!inPlace) {
        flush(out, stretch);
        out.setTextMatrix(Matrix.getTranslateInstance(x + gx * scale, baseline + gy * scale));
      }
      stretch.appendCodePoint(run.codePoints()[i]);
      expected = gx + typeface.glyphAdvance(run.codePoints()[i]);
      offBaseline = gy != 0;
    }
    flush(out, stretch);
  }

  private static void flush(PDPageContentStream out, StringBuilder stretch) throws IOException {
    if (stretch.length() > 0) {
      out.showText(stretch.toString());
      stretch.setLength(0);
    }
  }

  /** Unshaped right-to-left text: its characters from last to first. */
  private static String reversed(String text) {
    return new StringBuilder(text).reverse().toString();
  }
}
