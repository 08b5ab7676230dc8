package dev.pamphlet.core.markdown;

import dev.pamphlet.core.diagnostic.DecodedSource;
import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a Markdown file into an {@link Article}: YAML front matter into metadata, headings into
 * nested sections, lists, tables, footnotes, callouts, figures and cross-references into their
 * model nodes. Raw HTML is never passed through: it is reported and only its text kept.
 *
 * <p>Reading never throws on content: every problem is a diagnostic with file, line and column,
 * and the article is always complete. Its cost is bounded: a text longer than
 * {@link #MAX_LENGTH} characters ({@code markdown.too-large}) or nested more deeply than
 * {@link dev.pamphlet.core.model.Nesting#MAX_DEPTH} levels ({@code markdown.nesting-too-deep})
 * is refused with an error. The reader is immutable and thread-safe; make one and
 * share it.
 *
 * <pre>{@code
 * MarkdownReader reader = MarkdownReader.create();
 * ReadResult<Article> result = reader.read(Path.of("articles/side-effects.md"));
 * result.diagnostics().forEach(System.err::println);
 * }</pre>
 */
public final class MarkdownReader {
  /**
   * The longest text read, in characters (about 1.5 million words, a few thousand printed
   * pages): parsing takes memory in proportion to the text, some 50 bytes a character, so a
   * longer file is refused with {@code markdown.too-large} instead of risking running out.
   */
  public static final int MAX_LENGTH = 10_000_000;

  private final MarkdownSyntax syntax;

  private MarkdownReader(MarkdownSyntax syntax) {
    this.syntax = syntax;
  }

  /** A reader for Pamphlet's Markdown: CommonMark with GFM tables, task lists and our extras. */
  public static MarkdownReader create() {
    return new MarkdownReader(new MarkdownSyntax());
  }

  /**
   * Reads {@code markdown}.
   *
   * @param file the path shown in diagnostics; the article id falls back to its name without
   *     extension
   * @param markdown the text
   */
  public ReadResult<Article> read(String file, String markdown) {
    // A byte order mark would hide the front matter fence; it is not content.
    String text = markdown.startsWith("\uFEFF") ? markdown.substring(1) : markdown;
    return new ArticleReading(file, text).read(syntax);
  }

  /**
   * Reads the UTF-8 file at {@code path}; throws only when it cannot be read. Bytes that are
   * not UTF-8 are a {@code source.encoding} error at their line, and read as U+FFFD.
   */
  public ReadResult<Article> read(Path path) throws IOException {
    DecodedSource source = DecodedSource.decode(path.toString(), Files.readAllBytes(path));
    ReadResult<Article> result = read(path.toString(), source.text());
    if (source.problem().isEmpty()) {
      return result;
    }
    List<Diagnostic> diagnostics = new ArrayList<>(source.problems());
    diagnostics.addAll(result.diagnostics());
    return new ReadResult<>(result.value(), diagnostics, result.sourceMap());
  }
}
