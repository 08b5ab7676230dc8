package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.vladsch.flexmark.ast.util.Parsing;
import com.vladsch.flexmark.util.data.MutableDataSet;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import java.time.Duration;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The linear-time link label match finds what flexmark's regular expression finds, on any
 * text, and does not take exponential time on runs of backslashes.
 */
class LinkLabelInlineParserTest {
  private static final Pattern FLEXMARK = new Parsing(new MutableDataSet()).LINK_LABEL;
  /** Characters that matter to the expression, and some that do not. */
  private static final String[] PIECES = {"[", "]", "\\", "\\\\", "\\]", "\\[", "a", "'", "!",
      " ", "\n", "\uD83D\uDE00", "\uD83D"};

  /** flexmark's own answer: the end of the expression's match at {@code start}, or -1. */
  private static int flexmarkEnd(String text, int start) {
    Matcher matcher = FLEXMARK.matcher(text);
    matcher.region(start, text.length());
    return matcher.find() ? matcher.end() : -1;
  }

  @Test
  void randomTextGetsTheExpressionsMatchFromEveryStart() {
    Random random = new Random(11);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder text = new StringBuilder();
      int pieces = random.nextInt(14);
      for (int i = 0; i < pieces; i++) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String sample = text.toString();
      for (int start = 0; start < sample.length(); start++) {
        assertThat(LinkLabelInlineParser.labelEnd(sample, start))
            .as("%s from %d", sample.replace("\n", "\\n"), start)
            .isEqualTo(flexmarkEnd(sample, start));
      }
    }
  }

  @Test
  void theLimitOf999UnitsIsTheExpressions() {
    for (String unit : new String[] {"a", "\\]", "\uD83D\uDE00"}) {
      for (int units : new int[] {998, 999, 1000}) {
        String text = "[" + unit.repeat(units) + "]";
        assertThat(LinkLabelInlineParser.labelEnd(text, 0)).as("%d × %s", units, unit)
            .isEqualTo(flexmarkEnd(text, 0));
      }
    }
  }

  @Test
  void aLabelOfManyBackslashesWithNoEndIsReadAtOnce() {
    // Found by fuzzing: 66 bytes kept flexmark's expression busy for minutes.
    String hostile = "> [!WARNING" + "\\".repeat(15) + "X" + "\\".repeat(26) + "'".repeat(12);
    ReadResult<Article> read = assertTimeoutPreemptively(Duration.ofSeconds(30),
        () -> Markdown.READER.read("guide.md", hostile + "\n"));
    assertThat(read.value().blocks()).isNotEmpty();
    assertThat(LinkLabelInlineParser.labelEnd("[" + "\\".repeat(5_000) + "'", 0)).isEqualTo(-1);
  }
}
