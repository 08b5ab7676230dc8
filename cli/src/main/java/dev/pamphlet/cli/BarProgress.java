package dev.pamphlet.cli;

import java.io.PrintWriter;

/**
 * {@link Progress} as one line redrawn in place on a terminal:
 * {@code [########............] 2/4 pdf  handouts/side-effects.pdf}.
 */
final class BarProgress implements Progress {
  private static final int BAR_WIDTH = 20;
  // Short enough for an 80-column terminal, so the line never wraps and \r can redraw it.
  private static final int LINE_WIDTH = 79;

  private final PrintWriter err;
  private final int steps;
  private int done;
  private String label = "";
  private int drawnWidth;

  BarProgress(PrintWriter err, int steps) {
    this.err = err;
    this.steps = Math.max(1, steps);
  }

  @Override
  public void step(String label) {
    done++;
    this.label = label;
    draw("");
  }

  @Override
  public void file(String path) {
    draw(path);
  }

  @Override
  public void finish() {
    if (drawnWidth > 0) {
      err.print("\r" + " ".repeat(drawnWidth) + "\r");
      err.flush();
      drawnWidth = 0;
    }
  }

  private void draw(String detail) {
    // The current step counts as half done while it runs.
    int filled = Math.min(BAR_WIDTH, (2 * done - 1) * BAR_WIDTH / (2 * steps));
    String line = "[" + "#".repeat(filled) + ".".repeat(BAR_WIDTH - filled) + "] " + done + "/"
        + steps + " " + label + (detail.isEmpty() ? "" : "  " + detail);
    if (line.length() > LINE_WIDTH) {
      line = line.substring(0, LINE_WIDTH - 1) + "…";
    }
    err.print("\r" + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
    err.flush();
    drawnWidth = line.length();
  }
}
