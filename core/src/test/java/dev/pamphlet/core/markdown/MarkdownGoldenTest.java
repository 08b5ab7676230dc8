package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.json.JsonCodec;
import dev.pamphlet.core.model.Article;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown → model, as a spec you can read: each {@code name.md} in the golden folder sits
 * beside {@code name.json}, the article the reader must produce (in the JSON wire format), and
 * {@code name.diagnostics.txt} when reading it reports problems. Regenerate with
 * {@code -Dpamphlet.regenerate=true}; see the README in the folder.
 */
class MarkdownGoldenTest {
  /** The golden folder in the source tree (surefire runs in the module folder). */
  private static final Path FOLDER =
      Path.of("src/test/resources/dev/pamphlet/core/markdown/golden");
  private static final boolean REGENERATE = Boolean.getBoolean("pamphlet.regenerate");
  private static final MarkdownReader READER = MarkdownReader.create();
  private static final JsonCodec CODEC = JsonCodec.create();

  static Stream<String> inputs() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files.map(file -> file.getFileName().toString())
          .filter(name -> name.endsWith(".md") && !name.equals("README.md"))
          .map(name -> name.substring(0, name.length() - ".md".length()))
          .sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}.md")
  @MethodSource("inputs")
  void markdownReadsAsItsGoldenModel(String name) throws IOException {
    ReadResult<Article> result = read(name);
    String json = CODEC.write(result.value());

    assertThat(json).as("model of %s.md", name).isEqualTo(golden(name + ".json", json));
  }

  @ParameterizedTest(name = "{0}.md")
  @MethodSource("inputs")
  void markdownReportsItsGoldenDiagnostics(String name) throws IOException {
    String diagnostics = read(name).diagnostics().stream()
        .map(diagnostic -> diagnostic + "\n").collect(Collectors.joining());

    assertThat(diagnostics).as("diagnostics of %s.md", name)
        .isEqualTo(golden(name + ".diagnostics.txt", diagnostics));
  }

  @ParameterizedTest(name = "{0}.md")
  @MethodSource("inputs")
  void goldenModelIsValidJsonForTheSameArticle(String name) throws IOException {
    ReadResult<Article> result = read(name);
    String json = golden(name + ".json", CODEC.write(result.value()));

    ReadResult<Article> back = CODEC.readArticle(name + ".json", json);
    assertThat(back.diagnostics()).isEmpty();
    assertThat(back.value()).isEqualTo(result.value());
  }

  private static ReadResult<Article> read(String name) throws IOException {
    String markdown = Files.readString(FOLDER.resolve(name + ".md"), StandardCharsets.UTF_8);
    return READER.read(name + ".md", markdown);
  }

  /**
   * The golden file's text ({@code ""} when a diagnostics file is absent); when regenerating,
   * first rewrites it with {@code current}, removing a diagnostics file that would be empty.
   */
  private static String golden(String file, String current) throws IOException {
    Path path = FOLDER.resolve(file);
    if (REGENERATE) {
      if (current.isEmpty()) {
        Files.deleteIfExists(path);
      } else {
        Files.writeString(path, current, StandardCharsets.UTF_8);
      }
    }
    if (!Files.exists(path) && file.endsWith(".diagnostics.txt")) {
      return "";
    }
    assertThat(path).as("golden file (regenerate with -Dpamphlet.regenerate=true)").exists();
    return Files.readString(path, StandardCharsets.UTF_8);
  }
}
