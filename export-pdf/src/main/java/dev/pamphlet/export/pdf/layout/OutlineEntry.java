package dev.pamphlet.export.pdf.layout;

/**
 * One bookmark of the PDF outline.
 *
 * @param title the text shown
 * @param anchor the anchor it opens
 * @param level 0 for the top level, 1 below it, and so on
 */
public record OutlineEntry(String title, String anchor, int level) {}
