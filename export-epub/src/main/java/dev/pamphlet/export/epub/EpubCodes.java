package dev.pamphlet.export.epub;

/**
 * The codes of the diagnostics the {@link EpubExporter} reports while writing, stable for
 * tools and tests. Each is a warning: the booklet is still written — with a figure's text
 * alternative shown in place of an image it could not carry, without a page number whose
 * place it could not find.
 */
public final class EpubCodes {
  /** An image file that does not exist or cannot be read. */
  public static final String IMAGE_MISSING = "epub.image-missing";
  /** An image given by URL: an EPUB must carry its images inside the file. */
  public static final String IMAGE_REMOTE = "epub.image-remote";
  /** An image that is not PNG, JPEG, GIF, WebP or SVG, which e-readers need not show. */
  public static final String IMAGE_UNSUPPORTED = "epub.image-unsupported";

  /** A page map entry naming an article or section the booklet does not have. */
  public static final String PAGE_TARGET_UNKNOWN = "epub.page-target-unknown";

  private EpubCodes() {}
}
