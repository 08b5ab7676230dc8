package dev.pamphlet.export.pdf.layout;

/**
 * An image the layout found usable, with its natural size in points.
 *
 * @param key the loader's key for it (a normalised path)
 * @param width the natural width
 * @param height the natural height
 */
public record ImageRef(String key, float width, float height) {}
