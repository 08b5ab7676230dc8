package dev.pamphlet.core.markdown;

import static dev.pamphlet.core.markdown.Markdown.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Table;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What every read promises: positions for every node that matters, no throwing, sharing. */
class ReaderGuaranteesTest {
  private static final String ARTICLE = """
      ---
      title: After your session
      ---
      # Going home

      Ask someone to [drive you](#lift) or read [the risks](risks.md).

      - Rest

      | When | What |
      |---|---|
      | Day 1 | Rest |

      ![Route to the clinic](map.png)

      > [!WARNING]
      > No driving.

      See <https://www.nhs.uk>.
      """;

  @Test
  void sourceMapPlacesSectionsBlocksAndLinks() {
    ReadResult<Article> result = read(ARTICLE);
    SourceMap map = result.sourceMap();
    Section section = (Section) result.value().blocks().get(0);
    Paragraph paragraph = (Paragraph) section.blocks().get(0);

    assertThat(map.positionOf(section)).isEqualTo(new SourcePosition("guide.md", 4, 1));
    assertThat(map.positionOf(paragraph)).isEqualTo(new SourcePosition("guide.md", 6, 1));
    assertThat(map.positionOf(paragraph.content().get(1)))
        .isEqualTo(new SourcePosition("guide.md", 6, 16));
    assertThat(paragraph.content().get(1)).isInstanceOf(CrossRef.class);
    assertThat(map.positionOf(section.blocks().get(1))).extracting(SourcePosition::line)
        .isEqualTo(8);
    assertThat(section.blocks()).hasExactlyElementsOfTypes(Paragraph.class, BulletList.class,
        Table.class, Figure.class, Callout.class, Paragraph.class);
    for (var block : section.blocks()) {
      assertThat(map.positionOf(block)).as("%s", block).isNotEqualTo(SourcePosition.UNKNOWN);
    }
    Paragraph last = (Paragraph) section.blocks().get(5);
    assertThat(last.content().get(1)).isInstanceOf(Link.class);
    assertThat(map.positionOf(last.content().get(1)))
        .isEqualTo(new SourcePosition("guide.md", 19, 5));
    assertThat(map.fileOf("guide")).isEqualTo("guide.md");
  }

  @Test
  void readingTheSameTextTwiceGivesEqualArticles() {
    assertThat(read(ARTICLE).value()).isEqualTo(read(ARTICLE).value());
  }

  @Test
  void oneReaderIsSafeToShareBetweenThreads() throws Exception {
    Article expected = read(ARTICLE).value();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> results = pool.invokeAll(java.util.Collections.nCopies(32,
          () -> Markdown.READER.read("guide.md", ARTICLE).value()));
      for (Future<Article> result : results) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void emptyAndOddInputsAreReadWithoutThrowing() {
    for (String markdown : List.of("", "\n\n", "---\n", "---\n---\n", "\uFEFF# Title\n", "\0",
        "[^1]:", "> [!NOTE]", "!!!", "| a |\n|---|", "#", "- [ ]", "\r\n# A\r\n## B\r\n")) {
      assertThat(read(markdown).value()).as("%s", markdown).isNotNull();
    }
  }

  @Test
  void carriageReturnLineEndingsGiveTheSameLines() {
    assertThat(Markdown.problems("# T\r\n\r\n#### Deep\r\n"))
        .containsExactly("heading.skipped-level@3:1");
  }

  @Test
  void byteOrderMarkDoesNotHideTheFrontMatter() {
    assertThat(read("\uFEFF---\ntitle: Sleep\n---\n").value().title()).isEqualTo("Sleep");
  }

  @Test
  void readingAPathUsesItForDiagnosticsAndTheArticleId(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("sleep.md");
    Files.writeString(file, "# Sleep\n\n### Deep\n");

    ReadResult<Article> result = Markdown.READER.read(file);

    assertThat(result.value().id()).isEqualTo("sleep");
    assertThat(result.diagnostics().get(0).toString()).startsWith(file + ":3:1: warning:");
  }
}
