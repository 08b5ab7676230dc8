package dev.pamphlet.cli;

/**
 * One exporter failed part-way; the build wrote nothing. Its cause decides the exit code (an
 * I/O error is 2, anything unexpected 3); its message says that earlier outputs are safe.
 */
final class ExportFailedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  ExportFailedException(String format, Exception cause) {
    super("the " + format + " export failed: " + IoMessages.describe(cause)
        + "; nothing was written, earlier outputs are unchanged", cause);
  }
}
