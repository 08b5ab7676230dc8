package dev.pamphlet.export.pdf.layout;

/**
 * A tinted band drawn behind a box at the full height of the box, and through the gap above it
 * when the box before it on the page has the same decoration, so callouts, quotes and code
 * blocks read as one shaded block even across a page break.
 *
 * @param x the band's left edge
 * @param width its width
 * @param red its colour, 0–1
 * @param green its colour, 0–1
 * @param blue its colour, 0–1
 */
public record Decoration(float x, float width, float red, float green, float blue) {
  /** A gray band. */
  public static Decoration gray(float x, float width, float gray) {
    return new Decoration(x, width, gray, gray, gray);
  }
}
