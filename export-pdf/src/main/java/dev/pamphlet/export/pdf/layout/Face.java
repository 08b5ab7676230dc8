package dev.pamphlet.export.pdf.layout;

/** The typefaces the layout asks for; a {@link FontMetrics} maps each to a real font. */
public enum Face {
  REGULAR,
  BOLD,
  ITALIC,
  BOLD_ITALIC,
  MONO,
  MONO_BOLD;

  /** The face for text that is bold, italic and/or monospace. */
  public static Face of(boolean bold, boolean italic, boolean mono) {
    if (mono) {
      return bold ? MONO_BOLD : MONO;
    }
    if (bold) {
      return italic ? BOLD_ITALIC : BOLD;
    }
    return italic ? ITALIC : REGULAR;
  }
}
