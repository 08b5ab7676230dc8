package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.ModelWalker;
import dev.pamphlet.core.model.Nesting;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.testing.Pathological;
import dev.pamphlet.core.validate.Validator;
import dev.pamphlet.core.xref.Index;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile and heavy Markdown is read and validated at a bounded cost, or refused with a
 * diagnostic at its line: never a {@code StackOverflowError}, an {@code OutOfMemoryError} or a
 * read that does not end. Limits and the full-size commands: the README's "Limits".
 */
class PathologicalMarkdownTest {
  private static final Duration BOUND = Duration.ofSeconds(30);
  /** The line the generated content starts on, after the front matter {@link #read} adds. */
  private static final int LINE = Pathological.TITLE_LINES + 1;

  /** Reads {@code markdown} with a title and language before it (see {@link #LINE}). */
  private static ReadResult<Article> read(String markdown) {
    String titled = Pathological.titled(markdown);
    return assertTimeoutPreemptively(BOUND, () -> Markdown.READER.read("guide.md", titled));
  }

  private static List<Diagnostic> validate(ReadResult<Article> read) {
    return assertTimeoutPreemptively(BOUND, () -> Validator.standard()
        .validate(Publication.of(read.value()), read.sourceMap()));
  }

  private static void assertRefusedAtLine(String markdown, int line) {
    ReadResult<Article> read = read(markdown);
    assertThat(read.diagnostics()).extracting(Markdown::brief).singleElement()
        .asString().startsWith("markdown.nesting-too-deep@" + line + ":");
    assertThat(read.diagnostics().get(0).toString())
        .contains("guide.md:" + line + ":", Nesting.MAX_DEPTH + " levels");
    // Nothing is lost: the text is kept, in one paragraph, and it validates.
    assertThat(read.value().blocks()).containsExactly(Paragraph.of(Pathological.titled(markdown)));
    assertThat(validate(read)).noneMatch(d -> d.code().startsWith("nesting"));
  }

  @Test
  void tenThousandNestedQuotesAreRefusedAtTheirLine() {
    assertRefusedAtLine("Intro.\n\n" + Pathological.nestedQuotes(10_000), LINE + 2);
  }

  @Test
  void tenThousandNestedListsAreRefusedAtTheirLine() {
    assertRefusedAtLine(Pathological.nestedLists(10_000), LINE);
  }

  @Test
  void listsNestedByIndentationPastTheLimitAreRefused() {
    ReadResult<Article> read = read(Pathological.indentedLists(400));
    assertThat(read.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("markdown.nesting-too-deep");
    assertThat(read.value().blocks()).hasSize(1);
  }

  @Test
  void tenThousandNestedEmphasesAreRefusedAtTheirLine() {
    assertRefusedAtLine(Pathological.nestedEmphasis(10_000), LINE);
  }

  @Test
  void quotesNestedUpToTheLimitAreReadAndOneMoreIsRefused() {
    // A paragraph in 98 quotes: its text sits at depth 100.
    ReadResult<Article> atLimit = read(Pathological.nestedQuotes(Nesting.MAX_DEPTH - 2));
    assertThat(atLimit.diagnostics()).isEmpty();
    assertThat(Nesting.depth(atLimit.value())).isEqualTo(Nesting.MAX_DEPTH);
    assertThat(atLimit.value().blocks()).singleElement().isInstanceOf(BlockQuote.class);
    assertThat(validate(atLimit)).noneMatch(Diagnostic::isError);

    assertRefusedAtLine(Pathological.nestedQuotes(Nesting.MAX_DEPTH - 1), LINE);
  }

  @Test
  void aHundredThousandWordParagraphIsReadWhole() {
    ReadResult<Article> read = read(Pathological.paragraph(100_000));
    assertThat(read.diagnostics()).isEmpty();
    assertThat(words(read.value())).isEqualTo(100_000);
    assertThat(validate(read)).noneMatch(Diagnostic::isError);
  }

  @Test
  void aMillionLetterWordIsReadWhole() {
    ReadResult<Article> read = read(Pathological.longWord(1_000_000));
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.value().blocks()).hasSize(3);
    assertThat(((Text) ((Paragraph) read.value().blocks().get(1)).content().get(0)).value())
        .hasSize(1_000_000);
  }

  @Test
  void aTableOfFiveThousandRowsIsReadWhole() {
    ReadResult<Article> read = read(Pathological.table(5_000));
    assertThat(read.diagnostics()).isEmpty();
    assertThat(read.value().blocks()).singleElement().isInstanceOfSatisfying(Table.class,
        table -> assertThat(table.body()).hasSize(5_000));
    assertThat(validate(read)).noneMatch(Diagnostic::isError);
  }

  @Test
  void threeThousandFootnotesAreReadEachInItsPlace() {
    ReadResult<Article> read = read(Pathological.footnotes(3_000));
    assertThat(read.diagnostics()).isEmpty();
    List<Note> notes = new ArrayList<>();
    ModelWalker.walk(read.value(), new ModelListener() {
      @Override
      public void inline(dev.pamphlet.core.model.Inline inline,
          dev.pamphlet.core.model.NodeContext context) {
        if (inline instanceof Note note) {
          notes.add(note);
        }
      }
    });
    assertThat(notes).hasSize(3_000);
    assertThat(notes.get(2_999).blocks()).containsExactly(Paragraph.of("Source number 3000."));
  }

  @Test
  void cyclesOfCrossReferencesValidateAndLabelWithoutLooping() {
    String markdown = Pathological.crossReferenceCycle(1_000)
        + "## Loop [](#loop) {#loop}\n\nText.\n\n## A [](#b) {#a}\n\nText.\n\n"
        + "## B [](#a) {#b}\n\nText.\n";
    ReadResult<Article> read = read(markdown);
    Publication publication = Publication.of(read.value());
    assertThat(validate(read)).noneMatch(Diagnostic::isError);
    Index index = assertTimeoutPreemptively(BOUND, () -> Index.of(publication));
    assertThat(index.targets()).hasSizeGreaterThan(1_000);
  }

  @Test
  void aLargeFileIsReadAndValidatedInBoundedTime() {
    // 1 MB here; -Dpamphlet.stress.chars=10000000 reads one at the limit (see the README).
    int chars = Integer.getInteger("pamphlet.stress.chars", 1_000_000);
    ReadResult<Article> read = read(Pathological.largeFile(chars));
    assertThat(read.diagnostics()).isEmpty();
    assertThat(validate(read)).noneMatch(Diagnostic::isError);
  }

  @Test
  void aFiftyMegabyteFileIsRefusedUnreadWithItsSize() {
    String huge = Pathological.largeFile(50 * 1024 * 1024);
    ReadResult<Article> read = assertTimeoutPreemptively(BOUND,
        () -> Markdown.READER.read("guide.md", huge));
    assertThat(read.diagnostics()).singleElement().asString()
        .startsWith("guide.md:1:1: error: this file is 52,4")
        .endsWith("characters long; Pamphlet reads Markdown files of up to 10,000,000 "
            + "characters (about 1.5 million words): split it into several articles "
            + "[markdown.too-large]");
    assertThat(read.value().blocks()).isEmpty();
  }

  private static int words(Article article) {
    int[] count = {0};
    ModelWalker.walk(article, new ModelListener() {
      @Override
      public void inline(dev.pamphlet.core.model.Inline inline,
          dev.pamphlet.core.model.NodeContext context) {
        if (inline instanceof Text text) {
          count[0] += text.value().isBlank() ? 0 : text.value().strip().split("\\s+").length;
        }
      }
    });
    return count[0];
  }
}
