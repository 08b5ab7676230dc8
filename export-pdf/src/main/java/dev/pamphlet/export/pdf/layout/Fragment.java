package dev.pamphlet.export.pdf.layout;

/**
 * Text placed on a line: one face, size, link and writing direction.
 *
 * @param text the characters to draw, in logical (reading) order
 * @param face the face
 * @param size the size in points
 * @param x where it starts on the page, relative to the line's start
 * @param width its advance width
 * @param link where it links to, or null
 * @param tag its own structure element (a Link), or null for the line's
 * @param rightToLeft whether it is set right to left (Hebrew, Arabic): the renderer then draws
 *     its glyphs from the last character to the first, so the text reads correctly from right
 */
public record Fragment(String text, Face face, float size, float x, float width,
    LinkTarget link, StructureNode tag, boolean rightToLeft) {

  /** A left-to-right fragment. */
  public Fragment(String text, Face face, float size, float x, float width, LinkTarget link,
      StructureNode tag) {
    this(text, face, size, x, width, link, tag, false);
  }
}
