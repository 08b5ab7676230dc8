package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Whatever text arrives, reading completes: no exception, no internal error, every problem
 * placed.
 */
class ArbitraryMarkdownPropertyTest {
  /** Pieces of Markdown syntax, so that generated text exercises the parser's corners. */
  private static final List<String> PIECES = List.of(
      "# ", "## ", "#### ", "\n", "\n\n", "  \n", "- ", "1. ", "- [ ] ", "- [x] ", "> ",
      "> [!WARNING] ", "> [!DANGER]", "!!! note \"T\"\n    ", "| a | b |\n|---|---|\n", "| c |",
      "```\n", "    ", "*", "**", "_", "`", "~~", "[", "]", "(", ")", "![", "[^1]", "[^1]: ",
      "[r]: /u\n", "<div>", "</div>", "<b>", "<!--", "-->", "&amp;", "&#9;", "\\", "{#id}",
      "{#a}", "---\n", "title: T\n", "text", "word ", "\t", "\r\n", "é", "https://x.org",
      "other.md#s", "#s", "<script>", "ẞ");

  @Provide
  Arbitrary<String> markdown() {
    return Arbitraries.of(PIECES).list().ofMaxSize(40).map(pieces -> String.join("", pieces));
  }

  @Property(tries = 300)
  void anyTextIsReadWithEveryProblemPlaced(@ForAll("markdown") String markdown) {
    ReadResult<Article> result = Markdown.read(markdown);

    assertThat(result.value()).isNotNull();
    assertThat(result.diagnostics()).as("%s", markdown)
        .noneMatch(d -> d.code().equals("markdown.internal"))
        .allMatch(d -> d.position().line() > 0 && d.position().column() > 0);
  }

  @Property(tries = 100)
  void readingIsDeterministic(@ForAll("markdown") String markdown) {
    assertThat(Markdown.read(markdown).value()).isEqualTo(Markdown.read(markdown).value());
  }
}
