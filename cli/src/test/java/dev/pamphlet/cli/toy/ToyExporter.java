package dev.pamphlet.cli.toy;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.OutputSink;
import dev.pamphlet.core.model.Article;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** What {@link ToyExporterProvider} creates. */
final class ToyExporter implements Exporter {
  private final Map<String, String> options;

  ToyExporter(Map<String, String> options) {
    this.options = options;
  }

  @Override
  public String format() {
    return "toy";
  }

  @Override
  public void write(ExportContext context, OutputSink sink) throws IOException {
    boolean shout = Boolean.parseBoolean(options.get("shout"));
    boolean fail = Boolean.parseBoolean(options.get("fail"));
    if (Boolean.parseBoolean(options.get("crash"))) {
      throw new IllegalStateException("toy crash, as requested");
    }
    for (Article article : context.publication().articles()) {
      String title = shout ? article.title().toUpperCase(Locale.ROOT) : article.title();
      write(sink, "articles/" + article.id() + ".txt", title + "\n");
      if (fail) {
        throw new IOException("toy failure, as requested");
      }
      pause(Long.parseLong(options.getOrDefault("pause-ms", "0")));
    }
    StringBuilder text = new StringBuilder();
    new TreeMap<>(options).forEach((name, value) -> text.append(name).append('=').append(value)
        .append('\n'));
    text.append("organization=").append(context.publication().metadata().organization().name())
        .append('\n');
    write(sink, "options.txt", text.toString());
  }

  private static void pause(long millis) throws IOException {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    }
  }

  private static void write(OutputSink sink, String path, String text) throws IOException {
    try (OutputStream out = sink.open(path)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
