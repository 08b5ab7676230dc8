package dev.pamphlet.export.pdf.render;

/**
 * Shaped text: its glyphs in visual (left to right) order, each named by a character the font
 * maps to that glyph (so PDFBox can embed and show it, and the ToUnicode map has a value for
 * it), with the positions the shaping engine gave, in font units.
 *
 * @param codePoints per glyph, a character whose cmap entry is the glyph
 * @param x per glyph, its pen position from the run's start
 * @param y per glyph, its offset above the baseline (marks placed over letters)
 * @param advance the run's total advance
 */
record GlyphRun(int[] codePoints, float[] x, float[] y, float advance) {}
