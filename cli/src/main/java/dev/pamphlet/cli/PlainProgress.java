package dev.pamphlet.cli;

import java.io.PrintWriter;

/** {@link Progress} as plain lines, {@code [2/4] pdf}: for logs and pipes. */
final class PlainProgress implements Progress {
  private final PrintWriter err;
  private final int steps;
  private int done;

  PlainProgress(PrintWriter err, int steps) {
    this.err = err;
    this.steps = steps;
  }

  @Override
  public void step(String label) {
    done++;
    err.println("[" + done + "/" + steps + "] " + label);
    err.flush();
  }

  @Override
  public void file(String path) {
    // Each file is listed on the standard output once written; repeating it here adds noise.
  }

  @Override
  public void finish() {
    err.flush();
  }
}
