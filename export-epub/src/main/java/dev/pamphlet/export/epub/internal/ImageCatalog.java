package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.export.epub.EpubCodes;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The images a booklet carries: each figure's (and the cover's) file read once, recognised by
 * content, and given a safe name under {@code images/}. What cannot be packaged (a URL, a
 * missing file, an unknown format) is reported through the export context and left out.
 * Internal: not part of the API. Not thread-safe: one per export.
 *
 * <p>A figure's relative image path is resolved against the folder of the file its article
 * was read from; content built in code (no file) resolves against the working directory.
 */
final class ImageCatalog {
  static final String FOLDER = "images/";
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  private final ExportContext context;
  private final FileNames names = new FileNames();
  private final Map<Path, PackagedImage> byFile = new HashMap<>();
  private final List<PackagedImage> images = new ArrayList<>();

  ImageCatalog(ExportContext context) {
    this.context = context;
  }

  /** The packaged image of a figure of article {@code articleId}. */
  Optional<PackagedImage> figure(Figure figure, String articleId) {
    return image(figure.source(), List.of(folderOf(context.sourceMap().fileOf(articleId))),
        context.sourceMap().positionOf(figure, articleId));
  }

  /**
   * The packaged cover image. {@link dev.pamphlet.core.load.SourceLoader} makes the cover's
   * path relative to the working directory; a cover set in code may also be relative to the
   * booklet's first article.
   */
  Optional<PackagedImage> cover(String cover) {
    String firstFile = context.publication().articles().stream()
        .map(article -> context.sourceMap().fileOf(article.id()))
        .filter(file -> !file.isEmpty())
        .findFirst().orElse("");
    return image(cover, List.of(Path.of(""), folderOf(firstFile)),
        context.sourceMap().positionOf(context.publication().metadata()));
  }

  /**
   * The packaged image for {@code source}, looked for in each of {@code folders} in turn;
   * problems are reported at {@code position}.
   */
  private Optional<PackagedImage> image(String source, List<Path> folders,
      SourcePosition position) {
    if (source.isBlank()) {
      return Optional.empty(); // the validator reports figures without a source
    }
    if (SCHEME.matcher(source).find() && !source.regionMatches(true, 0, "file:", 0, 5)) {
      report(EpubCodes.IMAGE_REMOTE, "image \"" + source + "\" is not in the EPUB: e-books"
          + " must carry their images; save it next to the article and give its file name",
          position);
      return Optional.empty();
    }
    Optional<Path> file = folders.stream().map(folder -> locate(source, folder))
        .flatMap(Optional::stream).findFirst();
    if (file.isEmpty()) {
      report(EpubCodes.IMAGE_MISSING, "image \"" + source + "\" was not found"
          + " (relative paths start at the article's folder); its alt text is shown instead",
          position);
      return Optional.empty();
    }
    PackagedImage known = byFile.get(file.get());
    if (known != null) {
      return Optional.of(known);
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.get());
    } catch (IOException e) {
      report(EpubCodes.IMAGE_MISSING, "image \"" + source + "\" could not be read ("
          + e.getMessage() + "); its alt text is shown instead", position);
      return Optional.empty();
    }
    String fileName = file.get().getFileName().toString();
    Optional<String> type = ImageTypes.of(bytes, fileName);
    if (type.isEmpty()) {
      report(EpubCodes.IMAGE_UNSUPPORTED, "image \"" + source + "\" is not PNG, JPEG, GIF,"
          + " WebP or SVG, which e-readers need not show; convert it (PNG for drawings, JPEG"
          + " for photos)", position);
      return Optional.empty();
    }
    int dot = fileName.lastIndexOf('.');
    String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
    String name = names.claim(stem, "image", ImageTypes.extension(type.get()));
    PackagedImage image = new PackagedImage("image-" + (images.size() + 1), FOLDER + name,
        type.get(), bytes);
    byFile.put(file.get(), image);
    images.add(image);
    return Optional.of(image);
  }

  /** Every image packaged so far, in the order first met. */
  List<PackagedImage> images() {
    return List.copyOf(images);
  }

  /** The folder of {@code file}; the working directory for no file. */
  private static Path folderOf(String file) {
    if (file.isEmpty()) {
      return Path.of("");
    }
    try {
      Path parent = Path.of(file).getParent();
      return parent == null ? Path.of("") : parent;
    } catch (InvalidPathException e) {
      return Path.of("");
    }
  }

  /** The readable file {@code source} names, trying it as written and percent-decoded. */
  private static Optional<Path> locate(String source, Path base) {
    String path = source.regionMatches(true, 0, "file:", 0, 5) ? source.substring(5) : source;
    for (String candidate : List.of(path, decode(path))) {
      try {
        Path file = base.resolve(candidate).toAbsolutePath().normalize();
        if (Files.isRegularFile(file) && Files.isReadable(file)) {
          return Optional.of(file);
        }
      } catch (InvalidPathException e) {
        // Not a path on this system: try the next spelling, then report it missing.
      }
    }
    return Optional.empty();
  }

  private static String decode(String path) {
    try {
      return URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return path;
    }
  }

  private void report(String code, String message, SourcePosition position) {
    context.report(Diagnostic.warning(code, message, position));
  }
}
