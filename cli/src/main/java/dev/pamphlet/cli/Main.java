package dev.pamphlet.cli;

import dev.pamphlet.core.export.Exporters;
import dev.pamphlet.core.load.SourceLoader;
import java.util.List;

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
    System.exit(PamphletCommand.commandLine(environment(), List.of(args)).execute(args));
  }

  /**
   * The real world: sources read by {@link SourceLoader}, exporters found on the classpath,
   * and a progress bar only when a person is at a terminal. The loader and the exporters are
   * made only when a command needs them: {@code --version} or {@code --help} should not pay for
   * setting up the Markdown parser and every exporter.
   */
  static Environment environment() {
    return new Environment(sources -> SourceLoader.create().load(sources), Exporters::discover,
        System.console() != null);
  }
}
