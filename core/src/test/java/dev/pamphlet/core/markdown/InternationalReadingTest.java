package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.testing.Multilingual;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text in every script, Windows line ends, a byte order mark, tabs, zero-width characters and
 * bytes that are not UTF-8 are read correctly or reported with file and line.
 */
class InternationalReadingTest {
  @TempDir
  Path folder;

  private static List<Paragraph> paragraphs(Article article) {
    List<Paragraph> out = new ArrayList<>();
    collect(article.blocks(), out);
    return out;
  }

  private static void collect(List<Block> blocks, List<Paragraph> out) {
    for (Block block : blocks) {
      if (block instanceof Paragraph paragraph) {
        out.add(paragraph);
      } else if (block instanceof Section section) {
        collect(section.blocks(), out);
      }
    }
  }

  private static String text(Article article) {
    StringBuilder out = new StringBuilder();
    paragraphs(article).forEach(p -> out.append(dev.pamphlet.core.model.Inlines.plainText(
        p.content())).append('\n'));
    return out.toString();
  }

  @Test
  void everyScriptIsReadAsWrittenWithoutDiagnostics() {
    ReadResult<Article> read = Multilingual.read(false);
    assertThat(read.diagnostics()).isEmpty();
    assertThat(text(read.value())).containsSubsequence(Multilingual.WORDS)
        .contains("Zero\u200Bwidth", "zero\u200Dwidth", "non\u200Cjoiner", "soft\u00ADhyphen",
            "byte\uFEFForder", "Tabs\tbetween\twords.");
  }

  @Test
  void windowsLineEndsGiveTheSameArticleAtTheSameLines() {
    ReadResult<Article> unix = Multilingual.read(false);
    ReadResult<Article> windows = Multilingual.read(Multilingual.CRLF);
    assertThat(windows.value()).isEqualTo(unix.value());
    assertThat(windows.diagnostics()).isEmpty();
    List<Paragraph> unixParagraphs = paragraphs(unix.value());
    List<Paragraph> windowsParagraphs = paragraphs(windows.value());
    for (int i = 0; i < unixParagraphs.size(); i++) {
      assertThat(windows.sourceMap().positionOf(windowsParagraphs.get(i)))
          .isEqualTo(unix.sourceMap().positionOf(unixParagraphs.get(i)));
    }
    assertThat(unix.sourceMap().positionOf(paragraphs(unix.value()).stream()
        .filter(p -> dev.pamphlet.core.model.Inlines.plainText(p.content()).startsWith("治"))
        .findFirst().orElseThrow()).line()).isEqualTo(Multilingual.CHINESE_LINE);
  }

  @Test
  void aByteOrderMarkAtTheStartIsDroppedAndTheFrontMatterStillRead() {
    String markdown = Multilingual.markdown(false);
    ReadResult<Article> withMark = MarkdownReader.create().read(Multilingual.FILE,
        "\uFEFF" + markdown);
    assertThat(withMark.value()).isEqualTo(Multilingual.read(false).value());
    assertThat(withMark.value().title()).isEqualTo("Reading in many languages");
  }

  @Test
  void aFileThatIsNotUtf8IsAnErrorAtItsLineNotAnException() throws IOException {
    Path file = folder.resolve("latin1.md");
    byte[] start = "# Title\n\nCaf".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[start.length + 2];
    System.arraycopy(start, 0, bytes, 0, start.length);
    bytes[start.length] = (byte) 0xE9; // "é" in Latin-1
    bytes[start.length + 1] = '\n';
    Files.write(file, bytes);

    ReadResult<Article> read = MarkdownReader.create().read(file);

    assertThat(read.diagnostics()).singleElement().satisfies((Diagnostic d) -> {
      assertThat(d.code()).isEqualTo("source.encoding");
      assertThat(d.isError()).isTrue();
      assertThat(d.position()).isEqualTo(new SourcePosition(file.toString(), 3, 4));
    });
    assertThat(text(read.value())).contains("Caf\uFFFD");
  }

  @Test
  void aWindowsFileWithAByteOrderMarkReadFromDiskIsTheSameArticle() throws IOException {
    Path file = folder.resolve(Multilingual.FILE);
    Files.writeString(file, "\uFEFF" + Multilingual.markdown(Multilingual.CRLF),
        StandardCharsets.UTF_8);
    ReadResult<Article> read = MarkdownReader.create().read(file);
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.value()).isEqualTo(Multilingual.read(false).value());
  }
}
