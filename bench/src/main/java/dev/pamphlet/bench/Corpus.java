package dev.pamphlet.bench;

import dev.pamphlet.core.testing.CorpusGenerator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The texts benchmarks run on: the generated corpus or the bundled example articles. */
public enum Corpus {
  /** 100 generated articles of about 900 words (seed 42). */
  GENERATED {
    @Override
    public Map<String, String> files() {
      return CorpusGenerator.generate(100, 42);
    }
  },
  /** The example booklet's articles, from {@code examples/} (run from the repository root). */
  EXAMPLES {
    @Override
    public Map<String, String> files() {
      Path folder = Path.of(System.getProperty("pamphlet.examples", "examples"));
      Map<String, String> out = new LinkedHashMap<>();
      try (Stream<Path> paths = Files.list(folder)) {
        for (Path path : paths.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
          out.put(path.getFileName().toString(), Files.readString(path, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("run benchmarks from the repository root", e);
      }
      return out;
    }
  };

  /** File name → Markdown text, in reading order. */
  public abstract Map<String, String> files();
}
