package dev.pamphlet.export.epub.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * A stream that flushes but does not close the one it wraps: the ZIP writer must finish its
 * central directory on close, while the caller owns the underlying stream. Internal: not part
 * of the API.
 */
final class NonClosing extends FilterOutputStream {
  NonClosing(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    out.write(bytes, offset, length);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
