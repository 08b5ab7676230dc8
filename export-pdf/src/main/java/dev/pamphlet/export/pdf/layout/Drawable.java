package dev.pamphlet.export.pdf.layout;

/**
 * Something a {@link Box} draws. Coordinates are in points: x from the content box's left edge,
 * y downwards from the box's top. A drawable with no structure element is page furniture and is
 * marked as an artifact.
 */
public sealed interface Drawable {

  /**
   * A line of text.
   *
   * @param x where the line starts
   * @param baseline the baseline's distance below the box top
   * @param line the text
   * @param tag the element the text belongs to (fragments may name their own), or null
   */
  record TextLine(float x, float baseline, Line line, StructureNode tag) implements Drawable {}

  /** A horizontal or vertical rule (an artifact), {@code gray} 0 = black … 1 = white. */
  record Rule(float x1, float y1, float x2, float y2, float thickness, float gray)
      implements Drawable {}

  /**
   * An image scaled to the given size.
   *
   * @param image what the image is (the renderer loads it)
   * @param tag the Figure element carrying the alternative text
   */
  record Picture(float x, float y, float width, float height, ImageRef image, StructureNode tag)
      implements Drawable {}
}
