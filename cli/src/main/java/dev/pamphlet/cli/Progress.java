package dev.pamphlet.cli;

import java.io.PrintWriter;

/**
 * Tells a person how far a build has got. On a terminal it redraws one bar; in a log (CI, a
 * pipe) it prints one plain line per step, because carriage returns make logs unreadable.
 * Progress goes to the error stream, so the standard output stays a clean list of results.
 */
interface Progress {
  /** Starts a new step, such as exporting one format. */
  void step(String label);

  /** Notes one file being written in the current step. */
  void file(String path);

  /** Clears what was drawn; called once at the end, success or not. */
  void finish();

  /** The progress fitting where the output goes. */
  static Progress to(PrintWriter err, boolean terminal, int steps) {
    return terminal ? new BarProgress(err, steps) : new PlainProgress(err, steps);
  }
}
