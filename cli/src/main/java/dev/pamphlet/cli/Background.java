package dev.pamphlet.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value computed on a thread of its own while the caller does something else; {@link #join}
 * waits for it and throws what the computation threw, as if it had run in the caller. The
 * thread is a daemon: a command that gives up early (a usage error) does not wait for it.
 *
 * <pre>{@code
 * Background<Checked> checking = Background.start("pamphlet-read", this::readAndCheck);
 * ExportPlan plan = ExportPlan.resolve(...); // meanwhile
 * Checked checked = checking.join();
 * }</pre>
 *
 * @param <T> the value's type
 */
final class Background<T> {
  private final FutureTask<T> task;

  private Background(FutureTask<T> task) {
    this.task = task;
  }

  /** Starts computing {@code work} on a new daemon thread named {@code name}. */
  static <T> Background<T> start(String name, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    thread.start();
    return new Background<>(task);
  }

  /** The value, once computed; throws what computing it threw. */
  T join() throws Exception {
    try {
      return task.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Exception exception) {
        throw exception;
      }
      throw (Error) cause;
    }
  }
}
