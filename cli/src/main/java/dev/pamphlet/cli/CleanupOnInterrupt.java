package dev.pamphlet.cli;

import dev.pamphlet.core.export.DirectoryOutput;
import java.io.IOException;

/**
 * Deletes a build's temporary files when the JVM is stopped mid-build (Ctrl-C, a CI timeout).
 * {@code finally} blocks do not run then; shutdown hooks do. Closing it unregisters the hook.
 */
final class CleanupOnInterrupt implements AutoCloseable {
  private final Thread hook;

  CleanupOnInterrupt(DirectoryOutput output) {
    this.hook = new Thread(() -> {
      try {
        output.close();
      } catch (IOException e) {
        // The JVM is going down; there is no one left to tell.
      }
    }, "pamphlet-cleanup");
    Runtime.getRuntime().addShutdownHook(hook);
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // Already shutting down: the hook is running or has run.
    }
  }
}
