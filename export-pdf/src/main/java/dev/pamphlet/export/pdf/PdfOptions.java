package dev.pamphlet.export.pdf;

import dev.pamphlet.export.pdf.layout.LayoutSettings;
import dev.pamphlet.export.pdf.render.FontFamily;
import java.util.List;

/**
 * How the PDF exporter lays pages out. Immutable; build one with {@link #builder()}.
 *
 * <pre>{@code
 * PdfOptions options = PdfOptions.builder().pageSize(PageSize.LETTER).largePrint(true).build();
 * }</pre>
 *
 * @param pageSize the paper size
 * @param baseSize the body text size in points (large print raises it to at least 18)
 * @param margin the page margin on every side, in points
 * @param largePrint large-print rules: 18 pt or more, 1.5 line spacing, no italics
 * @param printUrls whether external links also print their URL
 * @param products which PDFs to write
 * @param fonts the font families in fallback order, main first
 */
public record PdfOptions(PageSize pageSize, float baseSize, float margin, boolean largePrint,
    boolean printUrls, Products products, List<FontFamily> fonts) {

  /** The defaults: A4, 12 pt, 54 pt margins, URLs printed, handouts and booklet, DejaVu. */
  public static final PdfOptions DEFAULTS = builder().build();

  public PdfOptions {
    if (pageSize == null || products == null) {
      throw new IllegalArgumentException("page size and products must be given");
    }
    if (!(baseSize >= 6 && baseSize <= 48)) {
      throw new IllegalArgumentException("base size must be between 6 and 48 points, was "
          + baseSize);
    }
    if (!(margin >= 18 && margin <= 144)) {
      throw new IllegalArgumentException("margin must be between 18 and 144 points, was "
          + margin);
    }
    fonts = List.copyOf(fonts);
    if (fonts.isEmpty()) {
      throw new IllegalArgumentException("at least one font family is needed");
    }
    settings(pageSize, baseSize, margin, largePrint, printUrls); // fails now, not mid-export
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The layout settings these options give. */
  public LayoutSettings layoutSettings() {
    return settings(pageSize, baseSize, margin, largePrint, printUrls);
  }

  private static LayoutSettings settings(PageSize pageSize, float baseSize, float margin,
      boolean largePrint, boolean printUrls) {
    float size = largePrint ? Math.max(18, baseSize) : baseSize;
    float leading = largePrint ? 1.5f : 1.35f;
    // The running header and footer sit in the top and bottom margins, with room around them.
    float vertical = Math.max(margin, LayoutSettings.furnitureSize(size, largePrint) * 3);
    return new LayoutSettings(pageSize.width(), pageSize.height(), vertical, margin, vertical,
        margin, size, leading, largePrint, printUrls);
  }

  /** Builds {@link PdfOptions}; starts from the defaults. Not thread-safe. */
  public static final class Builder {
    private PageSize pageSize = PageSize.A4;
    private float baseSize = 12;
    private float margin = 54;
    private boolean largePrint;
    private boolean printUrls = true;
    private Products products = Products.BOTH;
    private List<FontFamily> fonts = List.of(FontFamily.dejaVu(), FontFamily.dejaVuSerif());

    private Builder() {}

    public Builder pageSize(PageSize pageSize) {
      this.pageSize = pageSize;
      return this;
    }

    public Builder baseSize(float baseSize) {
      this.baseSize = baseSize;
      return this;
    }

    public Builder margin(float margin) {
      this.margin = margin;
      return this;
    }

    public Builder largePrint(boolean largePrint) {
      this.largePrint = largePrint;
      return this;
    }

    public Builder printUrls(boolean printUrls) {
      this.printUrls = printUrls;
      return this;
    }

    public Builder products(Products products) {
      this.products = products;
      return this;
    }

    /** The font families, main first; DejaVu is a sensible last fallback. */
    public Builder fonts(List<FontFamily> fonts) {
      this.fonts = List.copyOf(fonts);
      return this;
    }

    public PdfOptions build() {
      return new PdfOptions(pageSize, baseSize, margin, largePrint, printUrls, products, fonts);
    }
  }
}
