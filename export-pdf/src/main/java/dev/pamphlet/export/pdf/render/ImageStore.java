package dev.pamphlet.export.pdf.render;

import dev.pamphlet.core.model.Figure;
import dev.pamphlet.export.pdf.layout.ImageRef;
import dev.pamphlet.export.pdf.layout.ImageSource;
import dev.pamphlet.export.pdf.layout.LayoutReporter;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Reads figure images from disk once per export, checks that they can be decoded (PNG, JPEG,
 * GIF, BMP, TIFF: whatever ImageIO reads), and reports those that cannot be used
 * ({@code pdf.image-missing}, {@code pdf.image-unreadable}) instead of failing. Thread-safe.
 */
public final class ImageStore implements ImageSource {
  /** CSS pixels: 96 per inch, 72 points per inch. */
  private static final float POINTS_PER_PIXEL = 72f / 96f;

  private final Function<String, Optional<Path>> articleFolder;
  private final LayoutReporter reporter;
  private final Map<String, Optional<Loaded>> cache = new ConcurrentHashMap<>();

  /**
   * @param articleFolder the folder an article's relative image paths start from, by article id
   * @param reporter where unusable images are reported
   */
  public ImageStore(Function<String, Optional<Path>> articleFolder, LayoutReporter reporter) {
    this.articleFolder = articleFolder;
    this.reporter = reporter;
  }

  private record Loaded(ImageRef ref, byte[] bytes, BufferedImage image) {}

  @Override
  public Optional<ImageRef> find(Figure figure, String articleId) {
    Path path;
    try {
      path = Path.of(figure.source());
      if (!path.isAbsolute()) {
        Path base = articleFolder.apply(articleId).orElse(Path.of(""));
        path = base.resolve(path);
      }
      path = path.toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      report(figure, articleId, "pdf.image-missing", "image path is not valid: "
          + figure.source());
      return Optional.empty();
    }
    String key = path.toString();
    Optional<Loaded> loaded = cache.computeIfAbsent(key, k -> load(Path.of(k), figure,
        articleId));
    return loaded.map(Loaded::ref);
  }

  /**
   * Embeds an image {@link #find} returned in {@code document}: a JPEG as it is, anything else
   * (PNG, GIF, BMP, TIFF) re-encoded losslessly from its decoded pixels, so every format ImageIO
   * reads ends up as a plain RGB or gray image (with a soft mask for transparency).
   */
  PDImageXObject embed(PDDocument document, ImageRef ref) throws IOException {
    Loaded loaded = cache.get(ref.key()).orElseThrow();
    byte[] bytes = loaded.bytes();
    boolean jpeg = bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xD8;
    return jpeg ? JPEGFactory.createFromByteArray(document, bytes)
        : LosslessFactory.createFromImage(document, loaded.image());
  }

  private Optional<Loaded> load(Path path, Figure figure, String articleId) {
    if (!Files.isRegularFile(path)) {
      report(figure, articleId, "pdf.image-missing", "image not found: " + figure.source()
          + "; its alternative text is printed instead");
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(path);
      BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
      if (image == null || image.getWidth() <= 0 || image.getHeight() <= 0) {
        report(figure, articleId, "pdf.image-unreadable", "cannot embed image "
            + figure.source() + " (use PNG or JPEG); its alternative text is printed instead");
        return Optional.empty();
      }
      return Optional.of(new Loaded(new ImageRef(path.toString(),
          image.getWidth() * POINTS_PER_PIXEL, image.getHeight() * POINTS_PER_PIXEL), bytes,
          image));
    } catch (IOException | RuntimeException e) {
      report(figure, articleId, "pdf.image-unreadable", "cannot read image " + figure.source()
          + ": " + e.getMessage());
      return Optional.empty();
    }
  }

  private void report(Figure figure, String articleId, String code, String message) {
    reporter.report(code, message, figure, articleId);
  }
}
