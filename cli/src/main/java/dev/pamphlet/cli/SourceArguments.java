package dev.pamphlet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Parameters;

/** The SOURCES of {@code build} and {@code check}: files or folders, the current folder if none. */
final class SourceArguments {
  @Parameters(paramLabel = "SOURCE", arity = "0..*",
      description = {"Markdown files (.md), Pamphlet JSON files (.json), or folders. A folder's "
          + "booklet.yaml gives the booklet's title, organization, language and article order; "
          + "without one, its files are read in name order. Default: the current folder."})
  List<Path> sources = new ArrayList<>();

  /**
   * The sources given, or the current folder; checked to exist first so that a typo is one
   * clear line, whatever the loader would have said.
   */
  List<Path> existing() throws IOException {
    List<Path> paths = sources.isEmpty() ? List.of(Path.of(".")) : List.copyOf(sources);
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new NoSuchFileException(path.toString());
      }
    }
    return paths;
  }

  /** How to name the sources in a progress line. */
  static String describe(List<Path> paths) {
    return paths.size() == 1 ? paths.get(0).toString() : paths.size() + " sources";
  }
}
