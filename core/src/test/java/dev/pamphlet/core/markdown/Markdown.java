package dev.pamphlet.core.markdown;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import java.util.List;

/** Shorthands for tests: read a snippet as {@code guide.md}, look at its blocks and problems. */
final class Markdown {
  static final MarkdownReader READER = MarkdownReader.create();

  private Markdown() {}

  static ReadResult<Article> read(String markdown) {
    return READER.read("guide.md", markdown);
  }

  static List<Block> blocks(String markdown) {
    return read(markdown).value().blocks();
  }

  static Block only(String markdown) {
    List<Block> blocks = blocks(markdown);
    if (blocks.size() != 1) {
      throw new AssertionError("expected one block, got " + blocks);
    }
    return blocks.get(0);
  }

  /** Each diagnostic as {@code code@line:column}: compact and exact. */
  static List<String> problems(String markdown) {
    return read(markdown).diagnostics().stream().map(Markdown::brief).toList();
  }

  static String brief(Diagnostic diagnostic) {
    return diagnostic.code() + "@" + diagnostic.position().line() + ":"
        + diagnostic.position().column();
  }
}
