package dev.pamphlet.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.export.ContentErrorsException;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.Exporters;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.Nesting;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Text;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hostile and heavy content through an exporter, as a test to extend (like
 * {@code ExporterContractTest}): content nested up to the limit is written, content past it is
 * refused even when errors are allowed, and huge paragraphs, words, tables, thousands of
 * footnotes and cycles of cross-references are written in bounded time, never a
 * {@code StackOverflowError} or an {@code OutOfMemoryError}.
 *
 * <p>The suite uses sizes that keep it fast; {@code -Dpamphlet.stress.full=true} runs the full
 * sizes of the hardening issue (100,000 words, a million-letter word, 5,000 rows, 3,000
 * footnotes, 1,000 cross-referencing sections).
 */
public abstract class ExporterStressTest {
  private static final boolean FULL = Boolean.getBoolean("pamphlet.stress.full");
  private static final Duration BOUND = Duration.ofMinutes(FULL ? 10 : 2);
  private static final MarkdownReader READER = MarkdownReader.create();

  /** The format name the exporter registers, such as {@code "pdf"}. */
  protected abstract String format();

  /** The size for the suite, or the full size with {@code -Dpamphlet.stress.full=true}. */
  protected int size(int suite, int full) {
    return FULL ? full : suite;
  }

  private Exporter exporter() {
    return Exporters.discover().create(format(), Map.of());
  }

  private Map<String, byte[]> export(Publication publication, SourceMap sourceMap) {
    return assertTimeoutPreemptively(BOUND, () -> {
      InMemoryOutput out = new InMemoryOutput();
      exporter().export(publication, sourceMap, out, ErrorPolicy.EXPORT_ANYWAY);
      return out.files();
    });
  }

  private Map<String, byte[]> exportMarkdown(String markdown) {
    ReadResult<Article> read = READER.read("stress.md", Pathological.titled(markdown));
    Map<String, byte[]> files = export(Publication.of(read.value()), read.sourceMap());
    assertThat(files).isNotEmpty().allSatisfy((name, bytes) -> assertThat(bytes).isNotEmpty());
    return files;
  }

  @Test
  void everyKindOfNestingUpToTheLimitIsWritten() {
    Article article = nestedToTheLimit();
    assertThat(Nesting.depth(article)).isEqualTo(Nesting.MAX_DEPTH);
    assertThat(export(Publication.of(article), SourceMap.EMPTY)).isNotEmpty();
  }

  @Test
  void contentNestedPastTheLimitIsRefusedEvenWhenErrorsAreAllowed() {
    Block block = Paragraph.of("deep");
    for (int i = 0; i < 10_000; i++) {
      block = new BlockQuote(List.of(block));
    }
    Article article = Article.builder("deep").title("Deep").language("en").block(block).build();
    assertThatThrownBy(() -> exporter().export(Publication.of(article), SourceMap.EMPTY,
        new InMemoryOutput(), ErrorPolicy.EXPORT_ANYWAY))
        .isInstanceOf(ContentErrorsException.class)
        .hasMessageContaining("nesting.too-deep");
  }

  @Test
  void markdownNestedPastTheLimitIsWrittenAsTheTextItWasKeptAs() {
    exportMarkdown(Pathological.nestedQuotes(10_000) + "\n" + Pathological.nestedLists(10_000));
  }

  @Test
  void aHugeParagraphIsWritten() {
    exportMarkdown(Pathological.paragraph(size(20_000, 100_000)));
  }

  @Test
  void aHugeWordIsWritten() {
    exportMarkdown(Pathological.longWord(size(20_000, 1_000_000)));
  }

  @Test
  void aLongTableIsWritten() {
    exportMarkdown(Pathological.table(size(500, 5_000)));
  }

  @Test
  void thousandsOfFootnotesAreWritten() {
    exportMarkdown(Pathological.footnotes(size(1_000, 3_000)));
  }

  @Test
  void cyclesOfCrossReferencesAreWrittenWithoutLooping() {
    exportMarkdown(Pathological.crossReferenceCycle(size(200, 1_000))
        + "## Loop [](#loop) {#loop}\n\nText.\n\n## A [](#b) {#a}\n\nText.\n\n"
        + "## B [](#a) {#b}\n\nSee [](#loop).\n");
  }

  /**
   * An article whose text lies exactly at the limit, reached through every kind of container
   * in turn: sections, quotes, bullet and numbered lists, callouts, notes, strong, emphasis and
   * links.
   */
  static Article nestedToTheLimit() {
    // Paragraph > Strong > Emphasis > Link > Text: depth 5 at the bottom.
    Block block = new Paragraph(List.of(new Strong(List.of(new Emphasis(List.of(
        new Link("https://example.org", List.of(new Text("the deepest words")))))))));
    int depth = 5;
    for (int level = 0; depth < Nesting.MAX_DEPTH; level++) {
      switch (level % 6) {
        case 0 -> block = new BlockQuote(List.of(block, Paragraph.of("quote " + level)));
        case 1 -> block = new BulletList(List.of(new ListItem(List.of(block)),
            new ListItem(List.of(Paragraph.of("item " + level)))));
        case 2 -> block = new Callout(CalloutKind.WARNING, "Level " + level, List.of(block));
        case 3 -> block = new OrderedList(1, List.of(new ListItem(List.of(block))));
        case 4 -> block = new Section("level-" + level, List.of(new Text("Level " + level)),
            List.of(block));
        default -> {
          if (depth + 2 > Nesting.MAX_DEPTH) {
            block = new BlockQuote(List.of(block));
          } else {
            block = new Paragraph(List.of(new Text("A note: "), new Note(List.of(block))));
            depth++;
          }
        }
      }
      depth++;
    }
    return Article.builder("nested").title("Nested").language("en").block(block).build();
  }
}
