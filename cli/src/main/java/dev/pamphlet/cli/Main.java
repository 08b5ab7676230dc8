package dev.pamphlet.cli;

import dev.pamphlet.core.export.Exporters;
import dev.pamphlet.core.load.SourceLoader;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
    List<String> arguments = List.of(args);
    System.exit(PamphletCommand.commandLine(environment(arguments), arguments).execute(args));
  }

  /** The real world, for a command line not known in advance (such as a test's). */
  static Environment environment() {
    return environment(List.of());
  }

  /**
   * The real world: sources read by {@link SourceLoader}, exporters found on the classpath,
   * and a progress bar only when a person is at a terminal. The loader and the exporters are
   * made only when a command needs them: {@code --version} or {@code --help} should not pay for
   * setting up the Markdown parser and every exporter. When {@code args} name {@code build} or
   * {@code check}, the loader is set up on a thread of its own at once, while picocli is still
   * reading the command line.
   */
  static Environment environment(List<String> args) {
    String command = args.isEmpty() ? "" : args.get(0);
    SourceReader sources;
    if (command.equals("build") || command.equals("check")) {
      CompletableFuture<SourceLoader> loader = CompletableFuture.supplyAsync(SourceLoader::create,
          task -> {
            Thread thread = new Thread(task, "pamphlet-loader");
            thread.setDaemon(true);
            thread.start();
          });
      sources = paths -> loader.join().load(paths);
    } else {
      sources = paths -> SourceLoader.create().load(paths);
    }
    return new Environment(sources, Exporters::discover, System.console() != null);
  }
}
