package dev.pamphlet.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder output never leaves a partial file: outputs appear only on commit. */
class DirectoryOutputTest {
  @TempDir Path dir;

  private static void write(OutputSink sink, String path, String text) throws IOException {
    try (OutputStream out = sink.open(path)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void commitMovesEveryFileIntoPlace() throws IOException {
    try (DirectoryOutput out = new DirectoryOutput(dir)) {
      write(out, "index.html", "<p>hi</p>");
      write(out, "handouts/care.pdf", "%PDF");
      assertThat(dir.resolve("index.html")).as("before commit").doesNotExist();
      assertThat(out.commit()).containsExactly(dir.resolve("index.html"),
          dir.resolve("handouts/care.pdf"));
    }
    assertThat(dir.resolve("index.html")).hasContent("<p>hi</p>");
    assertThat(dir.resolve("handouts/care.pdf")).hasContent("%PDF");
    assertThat(filesIn(dir)).as("no temporary files left")
        .noneMatch(p -> p.getFileName().toString().endsWith(".part"));
  }

  @Test
  void closeWithoutCommitLeavesNoPartialFileAndKeepsThePreviousGoodOne() throws IOException {
    Files.writeString(dir.resolve("index.html"), "previous good output");
    try (DirectoryOutput out = new DirectoryOutput(dir)) {
      write(out, "index.html", "half-writ");
      write(out, "new.html", "never committed");
      // The export fails here: no commit.
    }
    assertThat(dir.resolve("index.html")).hasContent("previous good output");
    assertThat(dir.resolve("new.html")).doesNotExist();
    assertThat(filesIn(dir)).containsExactly(dir.resolve("index.html"));
  }

  @Test
  void commitReplacesThePreviousOutput() throws IOException {
    Files.writeString(dir.resolve("index.html"), "old");
    try (DirectoryOutput out = new DirectoryOutput(dir)) {
      write(out, "index.html", "new");
      out.commit();
    }
    assertThat(dir.resolve("index.html")).hasContent("new");
  }

  @Test
  void pathsOutsideTheFolderAreRefused() throws IOException {
    try (DirectoryOutput out = new DirectoryOutput(dir.resolve("out"))) {
      assertThatThrownBy(() -> out.open("../escape.html")).isInstanceOf(IOException.class)
          .hasMessageContaining("escape");
      assertThatThrownBy(() -> out.open("")).isInstanceOf(IOException.class);
      assertThatThrownBy(() -> out.open(".")).isInstanceOf(IOException.class);
      assertThatThrownBy(() -> out.open("a/../")).isInstanceOf(IOException.class);
    }
    assertThat(dir.resolve("escape.html")).doesNotExist();
  }

  @Test
  void sameFileCannotBeWrittenTwice() throws IOException {
    try (DirectoryOutput out = new DirectoryOutput(dir)) {
      write(out, "a.txt", "one");
      assertThatThrownBy(() -> out.open("a.txt")).hasMessageContaining("already written");
    }
  }

  @Test
  void committedFilesHaveTheFoldersUsualPermissionsNotOwnerOnly() throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return; // Permissions are a POSIX matter; elsewhere there is nothing to compare.
    }
    Path reference = Files.createFile(dir.resolve("reference.txt"));
    try (DirectoryOutput out = new DirectoryOutput(dir)) {
      write(out, "page.html", "x");
      out.commit();
    }
    Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
    assertThat(Files.getPosixFilePermissions(dir.resolve("page.html"))).isEqualTo(expected);
  }

  @Test
  void inMemoryOutputKeepsFilesByPath() throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    write(out, "b.txt", "B");
    write(out, "a.txt", "A");
    assertThat(out.files()).containsOnlyKeys("a.txt", "b.txt");
    assertThat(out.files().keySet()).containsExactly("a.txt", "b.txt");
    assertThat(out.file("a.txt")).asString(StandardCharsets.UTF_8).isEqualTo("A");
    assertThatThrownBy(() -> out.open("a.txt")).hasMessageContaining("already written");
    assertThatThrownBy(() -> out.file("c.txt")).hasMessageContaining("not written");
  }

  private static java.util.List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
