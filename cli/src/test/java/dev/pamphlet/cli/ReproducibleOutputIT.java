package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes — HTML, PDF and EPUB — whatever the machine's time zone,
 * language, default character set and working folder, and whenever it runs: the runnable jar
 * builds the example articles (with their images, plus one more with Turkish and German
 * letters) in separate processes under different settings, and the output trees are compared
 * file by file, byte by byte.
 *
 * <p>The clock cannot be moved, so "another day" is covered two ways. The runs happen at
 * different moments, so any use of the current time would show up as a difference. And the
 * articles' review dates are taken out, so the only date left is {@code SOURCE_DATE_EPOCH}:
 * runs without it must agree, runs with it must agree, and between the two only the files
 * that carry a date (PDF and EPUB, never HTML) may differ.
 */
class ReproducibleOutputIT {
  private static final Path JAR = Path.of(System.getProperty("pamphlet.cli.jar"));
  private static final Path EXAMPLES = Path.of(System.getProperty("pamphlet.examples"));

  @TempDir Path folder;
  private Path content;

  /** The example articles and images, without the manifest or review dates, and one more. */
  @BeforeEach
  void writeContent() throws IOException {
    content = folder.resolve("content");
    Files.createDirectories(content.resolve("images"));
    try (Stream<Path> files = Files.walk(EXAMPLES)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = EXAMPLES.relativize(file).toString();
        if (name.endsWith(".md")) {
          Files.writeString(content.resolve(name), Files.readString(file, StandardCharsets.UTF_8)
              .replaceAll("(?m)^reviewed:.*\\R", ""), StandardCharsets.UTF_8);
        } else if (name.startsWith("images")) {
          Files.copy(file, content.resolve(name));
        }
      }
    }
    Files.writeString(content.resolve("undated.md"), String.join("\n", "---",
        "title: Questions for your team", "language: en", "summary: What to ask.", "---", "",
        "Write your questions down before the visit; İstanbul, Straße and 1.5 mg are kept as "
            + "written.", ""), StandardCharsets.UTF_8);
  }

  /** One build in a fresh working folder: its output tree, by relative path. */
  private Map<String, byte[]> build(String workingFolder, String sourceDateEpoch,
      String... javaOptions) throws IOException, InterruptedException {
    Path cwd = Files.createDirectories(folder.resolve(workingFolder));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of(javaOptions));
    command.addAll(List.of("-jar", JAR.toString(), "build", content.toString(), "--format",
        "html,pdf,epub", "--out", "out"));
    ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile())
        .redirectErrorStream(true).redirectOutput(cwd.resolve("log.txt").toFile());
    builder.environment().remove("SOURCE_DATE_EPOCH");
    if (sourceDateEpoch != null) {
      builder.environment().put("SOURCE_DATE_EPOCH", sourceDateEpoch);
    }
    Process process = builder.start();
    assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("build finished").isTrue();
    assertThat(process.exitValue()).as(Files.readString(cwd.resolve("log.txt"))).isZero();
    return tree(cwd.resolve("out"));
  }

  private static Map<String, byte[]> tree(Path root) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(Files::isRegularFile).toList()) {
        files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
      }
    }
    return files;
  }

  @Test
  void sameInputGivesSameBytesInAnyTimeZoneLanguageCharsetFolderAndMoment() throws Exception {
    Map<String, byte[]> first = build("a", null, "-Duser.timezone=UTC", "-Duser.language=en",
        "-Duser.country=US");
    Map<String, byte[]> second = build("b/elsewhere", null, "-Duser.timezone=Pacific/Kiritimati",
        "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1");
    Map<String, byte[]> withEpoch = build("c", "1700000000",
        "-Duser.timezone=America/Los_Angeles", "-Duser.language=de", "-Duser.country=DE");
    Map<String, byte[]> withEpochAgain = build("d/x/y", "1700000000",
        "-Duser.timezone=Asia/Kolkata", "-Duser.language=ar", "-Duser.country=EG");

    assertThat(first.keySet()).contains("html/index.html", "epub/booklet.epub",
        "pdf/booklet.pdf", "pdf/handouts/undated.pdf");
    assertSameTrees(first, second);
    assertSameTrees(withEpoch, withEpochAgain);

    // SOURCE_DATE_EPOCH dates the PDFs and the EPUB, as the content gives no date.
    assertThat(withEpoch.keySet()).isEqualTo(first.keySet());
    List<String> changed = first.keySet().stream()
        .filter(path -> !Arrays.equals(first.get(path), withEpoch.get(path))).toList();
    assertThat(changed).contains("epub/booklet.epub", "pdf/booklet.pdf",
        "pdf/handouts/undated.pdf").allMatch(path -> !path.startsWith("html/"));
  }

  private static void assertSameTrees(Map<String, byte[]> expected, Map<String, byte[]> actual) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    expected.forEach((path, bytes) ->
        assertThat(actual.get(path)).as("bytes of %s", path).isEqualTo(bytes));
  }
}
