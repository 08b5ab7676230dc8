package dev.pamphlet.core.testing;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.function.Executable;

/**
 * Fuzz inputs as Pamphlet content, for the fuzz tests of every module (shipped in the core
 * test-jar). A fuzz input is raw bytes, so a kept regression input is a plain file
 * ({@code unclosed-footnote-in-table.md}) that opens in any editor.
 */
public final class FuzzContent {
  /** The diagnostic code a reader uses when it caught its own failure: a bug, never content. */
  public static final String READER_FAILURE = "markdown.internal";

  private static final MarkdownReader READER = MarkdownReader.create();

  private FuzzContent() {}

  /** The bytes as text, decoded as the loader decodes a file (bad UTF-8 becomes U+FFFD). */
  public static String text(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }

  /**
   * The input read as a Markdown article, in a publication of its own. A title and a language
   * are filled in when the text gives none, so most inputs export without content errors and
   * their output can be held to its format's validator.
   */
  public static Read markdown(byte[] input) {
    ReadResult<Article> read = READER.read("fuzz.md", text(input));
    Article article = read.value();
    Metadata metadata = article.metadata();
    Metadata filled = metadata.toBuilder()
        .title(metadata.title().isEmpty() ? "Fuzz input" : metadata.title())
        .language(metadata.language().isEmpty() ? "en" : metadata.language())
        .build();
    Article complete = new Article(article.id(), filled, article.blocks());
    return new Read(Publication.of(complete), read.sourceMap(), read.diagnostics());
  }

  /** Whether the fuzzer is exploring ({@code JAZZER_FUZZ} set) rather than replaying inputs. */
  public static boolean fuzzing() {
    String fuzz = System.getenv("JAZZER_FUZZ");
    return fuzz != null && !fuzz.isEmpty();
  }

  /**
   * Runs one input's check within its time bound: 2 minutes when replaying kept inputs (each
   * takes milliseconds once the validators have started; the first one waits for EPUBCheck or
   * veraPDF to load, which took over a minute on a busy machine), 5 minutes while fuzzing,
   * where the first input down a new path also waits for its classes to be instrumented. A
   * hang fails either way.
   */
  public static void bounded(Executable check) {
    Duration bound = fuzzing() ? Duration.ofMinutes(5) : Duration.ofMinutes(2);
    Assertions.assertTimeoutPreemptively(bound, check);
  }

  /**
   * Whether this input's output goes through the format's validator, which is slow: every kept
   * input when replaying, about one input in {@code oneIn} while fuzzing (chosen by content, so
   * a finding reproduces).
   */
  public static boolean sampled(byte[] input, int oneIn) {
    return !fuzzing() || Math.floorMod(Arrays.hashCode(input), oneIn) == 0;
  }

  /**
   * A Markdown input read: the publication, its source map and the reader's diagnostics.
   *
   * @param publication one article, with a title and language
   * @param sourceMap where each node came from
   * @param diagnostics what the reader reported
   */
  public record Read(Publication publication, SourceMap sourceMap, List<Diagnostic> diagnostics) {
    /** Whether the reader reported its own failure rather than a problem in the content. */
    public boolean readerFailed() {
      return diagnostics.stream().anyMatch(d -> d.code().equals(READER_FAILURE));
    }

    /**
     * Whether neither reading nor {@code exported} (an export's diagnostics, validation
     * included) found an error: content whose output its format's validator must accept.
     */
    public boolean errorFree(List<Diagnostic> exported) {
      return diagnostics.stream().noneMatch(Diagnostic::isError)
          && exported.stream().noneMatch(Diagnostic::isError);
    }
  }
}
