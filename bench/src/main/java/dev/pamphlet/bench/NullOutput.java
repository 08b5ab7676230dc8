package dev.pamphlet.bench;

import dev.pamphlet.core.export.OutputSink;
import java.io.OutputStream;

/** An output that counts bytes and keeps none: exporters are measured, not the heap. */
final class NullOutput implements OutputSink {
  long bytes;

  @Override
  public OutputStream open(String path) {
    return new OutputStream() {
      @Override
      public void write(int b) {
        bytes++;
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes += len;
      }
    };
  }
}
