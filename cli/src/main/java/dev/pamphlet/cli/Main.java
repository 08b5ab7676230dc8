package dev.pamphlet.cli;

import dev.pamphlet.core.export.Exporters;
import dev.pamphlet.core.load.SourceLoader;

/**
 * The entry point of the {@code pamphlet} command (the runnable jar's {@code Main-Class}).
 *
 * <pre>{@code
 * java -jar pamphlet-cli-<version>-all.jar build examples --format pdf
 * }</pre>
 */
public final class Main {
  private Main() {}

  /** Runs the command and exits with its exit code (see {@code pamphlet --help}). */
  public static void main(String[] args) {
    System.exit(PamphletCommand.commandLine(environment()).execute(args));
  }

  /**
   * The real world: sources read by {@link SourceLoader}, exporters found on the classpath
   * (only when a command asks), and a progress bar only when a person is at a terminal.
   */
  static Environment environment() {
    SourceLoader loader = SourceLoader.create();
    return new Environment(loader::load, Exporters::discover, System.console() != null);
  }
}
