package dev.pamphlet.export.epub.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every file of a booklet, in container order, ready to be written as one EPUB. Internal: not
 * part of the API.
 */
public final class PreparedBook {
  private final LocalDateTime time;
  private final List<Map.Entry<String, byte[]>> files = new ArrayList<>();

  PreparedBook(LocalDateTime time) {
    this.time = time;
  }

  void add(String path, String text) {
    add(path, text.getBytes(StandardCharsets.UTF_8));
  }

  void add(String path, byte[] content) {
    files.add(Map.entry(path, content));
  }

  /** Writes the EPUB container to {@code out}, which stays open. */
  public void writeTo(OutputStream out) throws IOException {
    try (OcfArchive zip = OcfArchive.start(new NonClosing(out), time)) {
      for (Map.Entry<String, byte[]> file : files) {
        zip.add(file.getKey(), file.getValue());
      }
    }
  }
}
