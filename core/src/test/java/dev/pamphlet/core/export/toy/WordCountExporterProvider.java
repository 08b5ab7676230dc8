package dev.pamphlet.core.export.toy;

import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.ExporterProvider;
import java.util.Map;

/**
 * Registers {@link WordCountExporter} in
 * {@code src/test/resources/META-INF/services/dev.pamphlet.core.export.ExporterProvider}, just
 * as a third-party jar would: the proof that exporters plug in with no change to core.
 */
public final class WordCountExporterProvider implements ExporterProvider {
  static final String FORMAT = "wordcount";
  private static final String PER_ARTICLE = "per-article";

  @Override
  public String format() {
    return FORMAT;
  }

  @Override
  public String description() {
    return "Word counts per article, as plain text (a test-only example exporter)";
  }

  @Override
  public Map<String, String> options() {
    return Map.of(PER_ARTICLE, "true to write one file per article as well (default false)");
  }

  @Override
  public Exporter create(Map<String, String> options) {
    boolean perArticle = false;
    for (Map.Entry<String, String> option : options.entrySet()) {
      if (!option.getKey().equals(PER_ARTICLE)) {
        throw new IllegalArgumentException("unknown option \"" + option.getKey()
            + "\" for " + FORMAT + "; known: " + PER_ARTICLE);
      }
      perArticle = switch (option.getValue()) {
        case "true" -> true;
        case "false" -> false;
        default -> throw new IllegalArgumentException("option " + PER_ARTICLE
            + " must be true or false, was \"" + option.getValue() + "\"");
      };
    }
    return new WordCountExporter(perArticle);
  }
}
