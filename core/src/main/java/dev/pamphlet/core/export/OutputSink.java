package dev.pamphlet.core.export;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where an exporter writes its files. Paths are relative, with {@code /} separators
 * ({@code "handouts/side-effects.pdf"}). The exporter closes each stream it opens.
 *
 * @see InMemoryOutput
 * @see DirectoryOutput
 */
@FunctionalInterface
public interface OutputSink {
  /** Opens a new file for writing; opening the same path twice is a programming error. */
  OutputStream open(String path) throws IOException;
}
