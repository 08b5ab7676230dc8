package dev.pamphlet.cli;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Publication;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads the sources named on the command line into one publication. The command reads through
 * this interface, not the loader directly, so its tests can give it a publication made in code.
 */
@FunctionalInterface
interface SourceReader {
  /**
   * Reads Markdown files, Pamphlet JSON files and folders into one publication.
   *
   * @throws IOException when a path is missing or unreadable (problems in the content are
   *     diagnostics instead)
   */
  ReadResult<Publication> read(List<Path> sources) throws IOException;
}
