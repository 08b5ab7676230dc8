package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with the golden files under {@code src/test/resources/golden/}. Run with
 * {@code -Dpamphlet.regenerate=true} to rewrite them from the current output instead (then
 * review the diff before committing). See the README.md beside the goldens.
 */
final class GoldenFiles {
  static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private GoldenFiles() {}

  static void assertMatches(String name, String actual) throws IOException {
    Path file = DIRECTORY.resolve(name);
    if (Boolean.getBoolean("pamphlet.regenerate")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s is missing: run the tests with "
        + "-Dpamphlet.regenerate=true to create it", file).exists();
    assertThat(actual).as("output differs from golden file %s (regenerate with "
        + "-Dpamphlet.regenerate=true if the change is intended)", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
