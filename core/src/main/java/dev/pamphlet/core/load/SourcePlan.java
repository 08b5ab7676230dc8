package dev.pamphlet.core.load;

import dev.pamphlet.core.diagnostic.DecodedSource;
import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What a list of sources stands for, before any article is read: the article files in reading
 * order, with each folder's manifest in front of the files it lists. Folders are expanded here
 * (by their {@code booklet.yaml}, or by file name), so reading stays a simple walk.
 *
 * @param parts manifests and article files, in order
 * @param problems what was wrong with the sources themselves: missing or unlisted articles,
 *     a broken manifest, a file of an unknown kind
 */
record SourcePlan(List<Part> parts, List<Diagnostic> problems) {
  /** The manifest file a folder may hold. */
  static final String MANIFEST = "booklet.yaml";

  SourcePlan {
    parts = List.copyOf(parts);
    problems = List.copyOf(problems);
  }

  /** One step of the plan. */
  sealed interface Part {}

  /**
   * A folder's manifest: booklet metadata, offered in source order.
   *
   * @param manifest what it says
   * @param folder the folder it is in, as given (a cover image is relative to it)
   */
  record Manifest(BookletManifest manifest, Path folder) implements Part {}

  /** An article file (Markdown, or JSON holding an article or a publication). */
  record ArticleFile(Path path) implements Part {
    /** The path as the user gave it (relative stays relative), for diagnostics. */
    String display() {
      return path.toString();
    }

    boolean isJson() {
      return extension(path).equals("json");
    }
  }

  /**
   * Expands {@code sources} in order.
   *
   * @throws NoSuchFileException when a source does not exist
   * @throws IOException when a folder or manifest cannot be read
   */
  static SourcePlan of(List<Path> sources) throws IOException {
    List<Part> parts = new ArrayList<>();
    List<Diagnostic> problems = new ArrayList<>();
    for (Path source : sources) {
      if (Files.isDirectory(source)) {
        folder(source, parts, problems);
      } else if (isManifest(source)) {
        // "pamphlet build book/booklet.yaml" means the booklet, as "book" does
        folder(parentOf(source), parts, problems);
      } else if (Files.exists(source)) {
        if (isArticle(source)) {
          parts.add(new ArticleFile(source));
        } else {
          problems.add(unsupported(source, SourcePosition.of(source.toString())));
        }
      } else {
        throw new NoSuchFileException(source.toString(), null,
            "no such file or folder (sources are Markdown files, Pamphlet JSON files or folders)");
      }
    }
    return new SourcePlan(parts, problems);
  }

  private static void folder(Path folder, List<Part> parts, List<Diagnostic> problems)
      throws IOException {
    List<Path> inFolder = articlesIn(folder);
    Path manifestFile = folder.resolve(MANIFEST);
    if (!Files.isRegularFile(manifestFile)) {
      inFolder.forEach(path -> parts.add(new ArticleFile(path)));
      return;
    }
    String display = manifestFile.toString();
    DecodedSource text = DecodedSource.decode(display, Files.readAllBytes(manifestFile));
    problems.addAll(text.problems());
    ReadResult<BookletManifest> read = ManifestReader.read(display, text.text());
    problems.addAll(read.diagnostics());
    BookletManifest manifest = read.value();
    parts.add(new Manifest(manifest, folder));
    if (manifest.articles().isEmpty()) {
      inFolder.forEach(path -> parts.add(new ArticleFile(path)));
      return;
    }
    Set<Path> listed = new HashSet<>();
    for (BookletManifest.Entry entry : manifest.articles()) {
      Path path = folder.resolve(entry.file());
      if (!listed.add(path.normalize())) {
        problems.add(Diagnostic.warning(LoadCodes.DUPLICATE_ARTICLE,
            "'" + entry.file() + "' is listed twice; it is read once, at its first place",
            entry.position()));
      } else if (!Files.exists(path)) {
        problems.add(Diagnostic.error(LoadCodes.MISSING_ARTICLE,
            "article '" + entry.file() + "' is listed but there is no file " + path,
            entry.position()));
      } else if (!Files.isRegularFile(path) || !isArticle(path)) {
        problems.add(unsupported(path, entry.position()));
      } else {
        parts.add(new ArticleFile(path));
      }
    }
    for (Path path : inFolder) {
      if (!listed.contains(path.normalize())) {
        problems.add(Diagnostic.warning(LoadCodes.UNLISTED_ARTICLE,
            path.getFileName() + " is not listed in " + display
                + " and is left out of the booklet; add it to 'articles' to include it",
            SourcePosition.of(path.toString())));
      }
    }
  }

  /** The article files directly in {@code folder}, by name; hidden files left out. */
  private static List<Path> articlesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(path -> !path.getFileName().toString().startsWith("."))
          .filter(path -> Files.isRegularFile(path) && isArticle(path))
          .sorted((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()))
          .toList();
    }
  }

  private static Diagnostic unsupported(Path path, SourcePosition at) {
    return Diagnostic.error(LoadCodes.UNSUPPORTED,
        path + " is not an article: sources are Markdown (.md, .markdown) or Pamphlet JSON "
            + "(.json) files, or folders", at);
  }

  private static boolean isManifest(Path path) {
    return Files.isRegularFile(path) && path.getFileName().toString().equals(MANIFEST);
  }

  /** The folder of {@code file}, relative when the file was given relative. */
  private static Path parentOf(Path file) {
    Path parent = file.getParent();
    return parent != null ? parent : Path.of("");
  }

  static boolean isArticle(Path path) {
    String extension = extension(path);
    return extension.equals("md") || extension.equals("markdown") || extension.equals("json");
  }

  private static String extension(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
