package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The runnable jar {@code ./pamphlet} starts, run as a separate process after {@code package}
 * (by failsafe): the shaded jar keeps every exporter's service registration, its manifest
 * names the entry point, and exit codes reach the shell.
 */
class RunnableJarIT {
  private static final Path JAR = Path.of(System.getProperty("pamphlet.cli.jar"));
  private static final Path TEST_CLASSES = Path.of(System.getProperty("pamphlet.test.classes"));
  private static final Path EXAMPLES = Path.of(System.getProperty("pamphlet.examples"));

  @TempDir Path folder;

  record Result(int exitCode, String out, String err) {}

  private Result run(List<String> javaArgs) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(javaArgs);
    Path out = folder.resolve("stdout.txt");
    Path err = folder.resolve("stderr.txt");
    Process process = new ProcessBuilder(command).directory(folder.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private Result pamphlet(String... args) throws IOException, InterruptedException {
    List<String> javaArgs = new ArrayList<>(List.of("-jar", JAR.toString()));
    javaArgs.addAll(List.of(args));
    return run(javaArgs);
  }

  @Test
  void theJarRunsAndPrintsItsVersion() throws Exception {
    Result result = pamphlet("--version");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).startsWith("pamphlet ").doesNotContain("unknown");
  }

  @Test
  void theJarCarriesTheExporterOfEveryExportModule() throws Exception {
    Result result = pamphlet("formats");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).containsPattern("(?m)^html +\\S");
  }

  @Test
  void anExporterJarAddedToTheClasspathShowsUpAndWorks() throws Exception {
    String classpath = JAR + File.pathSeparator + TEST_CLASSES;
    Result formats = run(List.of("-cp", classpath, "dev.pamphlet.cli.Main", "formats"));
    assertThat(formats.out()).containsPattern("(?m)^toy +Plain-text titles");

    Result build = run(List.of("-cp", classpath, "dev.pamphlet.cli.Main", "build",
        EXAMPLES.toString(), "--format", "toy", "--out", "out"));
    assertThat(build.exitCode()).as(build.toString()).isZero();
    assertThat(folder.resolve("out/toy/options.txt")).exists();
  }

  @Test
  void anInterruptedBuildLeavesThePreviousOutputAndNoPartialFiles() throws Exception {
    String classpath = JAR + File.pathSeparator + TEST_CLASSES;
    List<String> build = new ArrayList<>(List.of("-cp", classpath, "dev.pamphlet.cli.Main",
        "build", EXAMPLES.toString(), "--format", "toy", "--out", "out"));
    assertThat(run(build).exitCode()).isZero();
    Path out = folder.resolve("out/toy");
    Map<Path, byte[]> before = contents(out);

    build.addAll(List.of("--option", "toy.shout=true", "--option", "toy.pause-ms=60000"));
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(build);
    Process process = new ProcessBuilder(command).directory(folder.toFile())
        .redirectErrorStream(true).redirectOutput(folder.resolve("log.txt").toFile()).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (partFiles(out).isEmpty() && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(partFiles(out)).as("a build in progress has temporary files").isNotEmpty();
    process.destroy(); // SIGTERM, as Ctrl-C or a CI timeout would send
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(partFiles(out)).isEmpty();
    Map<Path, byte[]> after = contents(out);
    assertThat(after).containsOnlyKeys(before.keySet());
    before.forEach((file, bytes) -> assertThat(after.get(file)).isEqualTo(bytes));
  }

  private static List<Path> partFiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".part")).toList();
    }
  }

  private static Map<Path, byte[]> contents(Path root) throws IOException {
    Map<Path, byte[]> contents = new TreeMap<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        contents.put(root.relativize(file), Files.readAllBytes(file));
      }
    }
    return contents;
  }

  @Test
  void theExamplesBuildAsHtml() throws Exception {
    Result result = pamphlet("build", EXAMPLES.toString(), "--format", "html", "--out", "out");
    assertThat(result.exitCode()).as(result.toString()).isZero();
    assertThat(result.out()).contains("wrote out" + File.separator + "html" + File.separator);
    try (var files = Files.list(folder.resolve("out/html"))) {
      assertThat(files).isNotEmpty();
    }
  }

  @Test
  void theLauncherScriptRunsTheJarAndPassesOnArgumentsAndExitCode() throws Exception {
    Path script = EXAMPLES.getParent().resolve("pamphlet");
    for (List<String> args : List.of(List.of("--version"), List.of("build", "--bogus"))) {
      List<String> command = new ArrayList<>(List.of("bash", script.toString()));
      command.addAll(args);
      ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile())
          .redirectOutput(folder.resolve("out.txt").toFile())
          .redirectError(folder.resolve("err.txt").toFile());
      // The jar was just packaged, so the script runs it without rebuilding; no CDS archive,
      // to keep this test short.
      builder.environment().put("PAMPHLET_CDS", "0");
      builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
      Process process = builder.start();
      assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
      String out = Files.readString(folder.resolve("out.txt"));
      String err = Files.readString(folder.resolve("err.txt"));
      if (args.get(0).equals("--version")) {
        assertThat(process.exitValue()).as(err).isZero();
        assertThat(out).startsWith("pamphlet ");
        assertThat(err).doesNotContain("building");
      } else {
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(err).contains("Unknown option: '--bogus'");
      }
    }
  }

  @Test
  void exitCodesReachTheShellAndMistakesPrintNoStackTrace() throws Exception {
    Result result = pamphlet("build", "--no-such-option");
    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("Unknown option").doesNotContain("\tat ");
  }
}
