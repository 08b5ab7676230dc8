package dev.pamphlet.export.pdf.layout;

/**
 * A run of text in one face and size, the input to line breaking. {@code "\n"} alone is a
 * forced line break.
 *
 * @param text the text
 * @param face its face
 * @param size its size in points
 * @param link where it links to, or null
 * @param tag the structure element it belongs to when not its block's (a Link), or null
 */
public record Span(String text, Face face, float size, LinkTarget link, StructureNode tag) {
  /** Plain text belonging to its block. */
  public static Span of(String text, Face face, float size) {
    return new Span(text, face, size, null, null);
  }

  /** Whether this is a forced line break. */
  public boolean isBreak() {
    return text.equals("\n");
  }
}
