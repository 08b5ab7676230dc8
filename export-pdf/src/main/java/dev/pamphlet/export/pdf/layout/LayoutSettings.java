package dev.pamphlet.export.pdf.layout;

/**
 * The page and type settings one layout uses, in points.
 *
 * @param pageWidth the page width
 * @param pageHeight the page height
 * @param marginTop space above the content box; the running header sits in it
 * @param marginRight space to the right of the content box
 * @param marginBottom space below the content box; the running footer sits in it
 * @param marginLeft space to the left of the content box
 * @param baseSize the body text size (12 by default, 18 or more for large print)
 * @param leading line height as a multiple of the size
 * @param largePrint large-print rules: no italics (emphasis is set bold)
 * @param printUrls whether external links also print their URL for paper readers
 */
public record LayoutSettings(float pageWidth, float pageHeight, float marginTop,
    float marginRight, float marginBottom, float marginLeft, float baseSize, float leading,
    boolean largePrint, boolean printUrls) {

  public LayoutSettings {
    if (baseSize <= 0 || leading < 1) {
      throw new IllegalArgumentException("base size must be positive and leading at least 1");
    }
    if (contentWidth(pageWidth, marginLeft, marginRight) < baseSize * 8
        || pageHeight - marginTop - marginBottom < baseSize * leading * 6) {
      throw new IllegalArgumentException("margins leave too little room on the page");
    }
  }

  private static float contentWidth(float pageWidth, float left, float right) {
    return pageWidth - left - right;
  }

  /** The width of the content box. */
  public float contentWidth() {
    return contentWidth(pageWidth, marginLeft, marginRight);
  }

  /** The height of the content box. */
  public float contentHeight() {
    return pageHeight - marginTop - marginBottom;
  }

  /** The size of the running header and footer (see {@link #furnitureSize(float, boolean)}). */
  public float furnitureSize() {
    return furnitureSize(baseSize, largePrint);
  }

  /**
   * The size of the running header and footer for a body size: three quarters of it (9 pt at
   * least), but in large print the body size itself, since all text there is 18 pt or more.
   */
  public static float furnitureSize(float baseSize, boolean largePrint) {
    return largePrint ? baseSize : Math.max(9, baseSize * 0.75f);
  }

  /** The height of one line of body text. */
  public float lineHeight() {
    return baseSize * leading;
  }
}
