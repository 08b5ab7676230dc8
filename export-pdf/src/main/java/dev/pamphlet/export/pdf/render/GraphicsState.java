package dev.pamphlet.export.pdf.render;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * The fill and stroke colours, line width and font last set in one page's content stream, so
 * each operator is written only when its value changes. Setting them before every piece of
 * text was a seventh of a booklet page's contents. Colours, width and font are graphics state:
 * they hold across text objects and marked content, and what PDFBox wraps in q/Q (an image)
 * leaves them as they were. One per page drawer; {@link #reset} for each page.
 */
final class GraphicsState {
  private final float[] fill = new float[3];
  private final float[] stroke = new float[3];
  private float lineWidth;
  private PDFont font;
  private float fontSize;

  GraphicsState() {
    reset();
  }

  /** A new content stream: nothing is known, so the first of each is always written. */
  void reset() {
    fill[0] = Float.NaN;
    stroke[0] = Float.NaN;
    lineWidth = Float.NaN;
    forgetFont();
  }

  /** Something else set the font (shaped text does): the next font is always written. */
  void forgetFont() {
    font = null;
  }

  void fill(PDPageContentStream out, float red, float green, float blue) throws IOException {
    if (changed(fill, red, green, blue)) {
      out.setNonStrokingColor(red, green, blue);
    }
  }

  void stroke(PDPageContentStream out, float red, float green, float blue) throws IOException {
    if (changed(stroke, red, green, blue)) {
      out.setStrokingColor(red, green, blue);
    }
  }

  void lineWidth(PDPageContentStream out, float width) throws IOException {
    if (width != lineWidth) {
      out.setLineWidth(width);
      lineWidth = width;
    }
  }

  void font(PDPageContentStream out, PDFont font, float size) throws IOException {
    if (font != this.font || size != fontSize) {
      out.setFont(font, size);
      this.font = font;
      fontSize = size;
    }
  }

  /** Whether {@code colour} differs from (red, green, blue); if so it becomes that. */
  private static boolean changed(float[] colour, float red, float green, float blue) {
    if (colour[0] == red && colour[1] == green && colour[2] == blue) {
      return false;
    }
    colour[0] = red;
    colour[1] = green;
    colour[2] = blue;
    return true;
  }
}
