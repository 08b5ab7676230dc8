package dev.pamphlet.core.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** An {@link OutputSink} that keeps every file in memory, by path: for tests and servers. */
public final class InMemoryOutput implements OutputSink {
  private final Map<String, ByteArrayOutputStream> files = new TreeMap<>();

  @Override
  public synchronized OutputStream open(String path) throws IOException {
    if (files.containsKey(path)) {
      throw new IOException("already written: " + path);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    files.put(path, out);
    return out;
  }

  /** Every file written so far, by path, in path order. */
  public synchronized Map<String, byte[]> files() {
    Map<String, byte[]> out = new TreeMap<>();
    files.forEach((path, bytes) -> out.put(path, bytes.toByteArray()));
    return Collections.unmodifiableMap(out);
  }

  /** One file's bytes; throws when it was not written. */
  public synchronized byte[] file(String path) {
    ByteArrayOutputStream out = files.get(path);
    if (out == null) {
      throw new IllegalArgumentException("not written: " + path + "; written: " + files.keySet());
    }
    return out.toByteArray();
  }
}
