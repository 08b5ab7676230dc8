package dev.pamphlet.core.testing;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A short article with one paragraph per script (Greek, Cyrillic, Vietnamese precomposed and
 * decomposed, Hebrew, Arabic, Chinese), an emoji, zero-width characters and tabs, shipped in the
 * core test-jar so every exporter is held to the same text. Its source is
 * {@code dev/pamphlet/core/testing/multilingual.md}; {@link #CRLF} reads the same file with
 * Windows line ends.
 */
public final class Multilingual {
  /** The file name diagnostics show. */
  public static final String FILE = "multilingual.md";
  /** Whether to read the file with {@code \r\n} line ends. */
  public static final boolean CRLF = true;

  /** Words every exporter must keep, one or more per script, in reading order. */
  public static final List<String> WORDS = List.of("θεραπεία", "εγκέφαλο", "Терапия",
      "меняться", "Liệu", "não", "הטיפול", "למוח", "שלום", "العلاج", "الدماغ", "治疗帮助大脑改变",
      "pills", "water");

  /** The line of the Chinese paragraph (no glyph in the default PDF fonts). */
  public static final int CHINESE_LINE = 34;
  /** The line of the paragraph with an emoji. */
  public static final int EMOJI_LINE = 38;
  /** The line of the paragraph with zero-width characters. */
  public static final int INVISIBLE_LINE = 42;

  private Multilingual() {}

  /** The Markdown source, with {@code \n} or, when {@code crlf}, {@code \r\n} line ends. */
  public static String markdown(boolean crlf) {
    try (InputStream in = Multilingual.class.getResourceAsStream("multilingual.md")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return crlf ? text.replace("\n", "\r\n") : text;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The article read from the Markdown source. */
  public static ReadResult<Article> read(boolean crlf) {
    return MarkdownReader.create().read(FILE, markdown(crlf));
  }
}
