package dev.pamphlet.core.export;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An {@link OutputSink} into a folder that never leaves a partial file behind: every file is
 * written to a temporary file beside its destination and moved into place only by
 * {@link #commit()}. Closing without committing deletes the temporary files, so a failed export
 * leaves the previous good outputs untouched.
 *
 * <pre>{@code
 * try (DirectoryOutput out = new DirectoryOutput(Path.of("out"))) {
 *   exporter.export(publication, out);
 *   out.commit();
 * }
 * }</pre>
 */
public final class DirectoryOutput implements OutputSink, AutoCloseable {
  private static final AtomicLong TEMP_COUNTER = new AtomicLong();
  private final Path root;
  private final Map<Path, Path> pending = new LinkedHashMap<>();
  private final List<Path> committed = new ArrayList<>();

  public DirectoryOutput(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  @Override
  public synchronized OutputStream open(String path) throws IOException {
    Path target = root.resolve(path).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new IOException("output path escapes the output folder: " + path);
    }
    if (pending.containsKey(target)) {
      throw new IOException("already written: " + path);
    }
    Files.createDirectories(target.getParent());
    Path temp = createTemp(target);
    pending.put(target, temp);
    return new FilterOutputStream(Files.newOutputStream(temp)) {
      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        out.write(b, off, len);
      }
    };
  }

  /**
   * A new, empty temporary file beside {@code target}. Not {@code Files.createTempFile}: that
   * makes owner-only files, and the outputs would keep those permissions after the move (a web
   * server could not read an exported page). This one gets the usual default permissions.
   */
  private static Path createTemp(Path target) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current()
          .pid() + "-" + TEMP_COUNTER.incrementAndGet() + ".part");
      try {
        return Files.createFile(temp);
      } catch (FileAlreadyExistsException e) {
        if (attempt > 100) {
          throw e;
        }
      }
    }
  }

  /** Moves every written file into place. */
  public synchronized List<Path> commit() throws IOException {
    for (Map.Entry<Path, Path> file : pending.entrySet()) {
      try {
        Files.move(file.getValue(), file.getKey(), StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(file.getValue(), file.getKey(), StandardCopyOption.REPLACE_EXISTING);
      }
      committed.add(file.getKey());
    }
    pending.clear();
    return List.copyOf(committed);
  }

  /** Deletes any temporary file not committed. */
  @Override
  public synchronized void close() throws IOException {
    IOException failure = null;
    for (Path temp : pending.values()) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        failure = e;
      }
    }
    pending.clear();
    if (failure != null) {
      throw failure;
    }
  }
}
