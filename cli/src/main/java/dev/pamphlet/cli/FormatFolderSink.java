package dev.pamphlet.cli;

import dev.pamphlet.core.export.OutputSink;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts one exporter's files in its own folder of the shared output ({@code html/…},
 * {@code pdf/…}), so formats never overwrite each other, and remembers what was written.
 */
final class FormatFolderSink implements OutputSink {
  private final OutputSink target;
  private final String folder;
  private final Progress progress;
  private final List<String> written = new ArrayList<>();

  FormatFolderSink(OutputSink target, String folder, Progress progress) {
    this.target = target;
    this.folder = folder;
    this.progress = progress;
  }

  @Override
  public synchronized OutputStream open(String path) throws IOException {
    String full = folder + "/" + path;
    OutputStream out = target.open(full);
    written.add(full);
    progress.file(path);
    return out;
  }

  /** The files opened so far, as paths under the output folder ({@code pdf/booklet.pdf}). */
  synchronized List<String> written() {
    return List.copyOf(written);
  }
}
