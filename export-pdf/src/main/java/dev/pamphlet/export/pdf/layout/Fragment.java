package dev.pamphlet.export.pdf.layout;

/**
 * Text placed on a line: one face, size and link.
 *
 * @param text the characters to draw
 * @param face the face
 * @param size the size in points
 * @param x where it starts, relative to the line's start
 * @param width its advance width
 * @param link where it links to, or null
 * @param tag its own structure element (a Link), or null for the line's
 */
public record Fragment(String text, Face face, float size, float x, float width,
    LinkTarget link, StructureNode tag) {}
