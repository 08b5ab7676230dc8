package dev.pamphlet.cli;

import dev.pamphlet.core.export.ExporterProvider;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code pamphlet formats}: the exporters found on the classpath, with the options each takes.
 * An exporter jar added to the classpath is listed here and works with {@code --format}.
 */
@Command(name = "formats",
    description = "List the exporters found on the classpath and the options each one takes "
        + "(give them to build as --option FORMAT.NAME=VALUE).",
    mixinStandardHelpOptions = true)
final class FormatsCommand implements Callable<Integer> {
  private final Environment environment;

  @Spec CommandSpec spec;

  FormatsCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<ExporterProvider> providers = environment.exporters().get().providers();
    if (providers.isEmpty()) {
      out.println("No exporters found on the classpath.");
    }
    int width = providers.stream().mapToInt(p -> p.format().length()).max().orElse(0);
    for (ExporterProvider provider : providers) {
      out.println(pad(provider.format(), width) + "  " + provider.description());
      Map<String, String> options = new TreeMap<>(provider.options());
      int optionWidth = options.keySet().stream().mapToInt(String::length).max().orElse(0);
      options.forEach((name, description) ->
          out.println(" ".repeat(width + 4) + pad(name, optionWidth) + "  " + description));
    }
    out.flush();
    return ExitCodes.SUCCESS;
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }
}
