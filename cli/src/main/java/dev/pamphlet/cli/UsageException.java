package dev.pamphlet.cli;

/**
 * A mistake on the command line found while running a command (an unknown format, an option
 * the exporter does not declare): printed as one line, exit code 2, never a stack trace.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }

  UsageException(String message, Throwable cause) {
    super(message, cause);
  }
}
