package dev.pamphlet.core.markdown;

import static dev.pamphlet.core.markdown.FrontMatterReadings.assertSameReading;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * The plain reading of front matter ({@link PlainFrontMatter}) gives exactly what the YAML
 * parser gives: on the example articles, on every golden input, and on generated front matter
 * full of YAML's corners, which the plain reading must either read the same or leave alone.
 */
class PlainFrontMatterEquivalenceTest {
  private static final Path GOLDEN =
      Path.of("src/test/resources/dev/pamphlet/core/markdown/golden");

  @Test
  void everyExampleArticleTakesThePlainReadingAndReadsTheSame() throws IOException {
    List<Path> articles = markdownFiles(Samples.examplesDir());

    assertThat(articles).hasSize(3);
    for (Path article : articles) {
      String yaml = FrontMatterReadings.yamlOf(Files.readString(article));
      assertThat(yaml).as("front matter of %s", article).isNotNull();
      assertThat(assertSameReading(yaml)).as("plain reading of %s", article).isTrue();
    }
  }

  @Test
  void everyGoldenInputReadsTheSameBothWays() throws IOException {
    int withFrontMatter = 0;
    for (Path input : markdownFiles(GOLDEN)) {
      String yaml = FrontMatterReadings.yamlOf(Files.readString(input));
      if (yaml != null) {
        assertSameReading(yaml);
        withFrontMatter++;
      }
    }
    assertThat(withFrontMatter).isGreaterThanOrEqualTo(2);
  }

  @Property(tries = 2000, edgeCases = EdgeCasesMode.MIXIN)
  void generatedFrontMatterReadsTheSameBothWays(@ForAll("frontMatter") String yaml) {
    Statistics.collect(assertSameReading(yaml) ? "plain reading" : "YAML parser");
    Statistics.coverage(coverage -> {
      coverage.check("plain reading").percentage(p -> p > 10);
      coverage.check("YAML parser").percentage(p -> p > 10);
    });
  }

  private static List<Path> markdownFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
    }
  }

  // Front matter made of entries in the forms authors write, spiced with YAML's corners.

  private static final List<String> KEYS = List.of("title", "summary", "authors", "keywords",
      "organization", "sources", "reviewed", "id", "colour", "Title", "a-b_1", "x");
  private static final List<String> ODD_KEYS = List.of("yes", "On", "1", "a b", "a.b", "-a",
      "\"title\"", "'id'", "?", "&k title", "title ", "");
  private static final List<String> TEXTS = List.of("Sleep and mood",
      "It's what we do, and why (a guide)", "a:b", "https://doi.org/10.1/x?a=b#frag", "a#b",
      "2026-10-01", "2026-13-01", "0161 555 0100, Riverside Road", "1 in 5 people", "café",
      "Ärzte und Ärztinnen", "Hello, world [draft] {x}", "Q&A | notes > more % @ ` !",
      "a\\b \"q\" 'r'", "\"Quoted: with # and , inside\"", "'it''s quoted'", "\"\"", "''",
      "\"12\"", "'true'", "Infinity", "NaN", "e10", "nbsp\u00a0inside");
  private static final List<String> ODD_TEXTS = List.of("a: b", "a:", "a #b", "yes", "No",
      "null", "NULL", "~", ".inf", "0x1F", "007", "12", "1.5", "1_000", "-1 x", "+1 x",
      ".5 x", "2026-1-1", "2026-10-01 x", "- x", "-x", "&a x", "*a", "!t x", "!!str 12",
      "%x", "@x", "`x`", "|x", ">x", "?x", "[a", "{a: b}", "\"a\" b", "'a' 'b'", "\"a\\\"b\"",
      "'a", "a\u2028b", "a\u0085b", "emoji \ud83d\ude00", "a\u007fb", "\u00a0lead",
      "\ufeffbom", "", "a\tb");
  private static final List<String> HEADERS =
      List.of(">", ">-", "|", "|-", ">+", "|+", "|2", ">- ", "> # note", ">1-", ">-x");
  private static final List<String> BLOCK_LINES = List.of("Some text for a summary,",
      "more: text # and not a comment", "# not a comment either", "- not an item",
      "key: value", "Raichle ME. Proc Natl Acad Sci USA. 2001;98(2):676-682.", "", "---",
      "caf\u00e9 \u00e0 la carte");
  private static final List<String> ODD_BLOCK_LINES =
      List.of("ending with a space ", " indented further", "a\tb", "\u2028");
  private static final List<String> ODD_LINES = List.of("# comment\n", "\n", "  \n", "---\n",
      "...\n", "title: &a x\n", "title: *a\n", "? complex\n: value\n", "\ttitle: x\n",
      "title:\n", "%YAML 1.2\n", "title: {a: b}\n", "  title: x\n",
      "title: \"multi\n  line\"\n", "title: x\n  continued\n", "title: x # comment\n",
      "keywords: []\n", "keywords: [a, [b]]\n", "title: x\r\n", "- item\n", "just words\n");

  @Provide
  Arbitrary<String> frontMatter() {
    Arbitrary<String> entry = Arbitraries.frequencyOf(
        Tuple.of(8, scalarEntry()), Tuple.of(4, flowEntry()), Tuple.of(6, blockEntry()),
        Tuple.of(6, listEntry()), Tuple.of(4, mappingEntry()),
        Tuple.of(1, Arbitraries.of(ODD_LINES)));
    return entry.list().ofMinSize(1).ofMaxSize(5).map(entries -> String.join("", entries));
  }

  private static Arbitrary<String> key() {
    return Arbitraries.frequencyOf(Tuple.of(20, Arbitraries.of(KEYS)),
        Tuple.of(1, Arbitraries.of(ODD_KEYS)));
  }

  private static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(Tuple.of(25, Arbitraries.of(TEXTS)),
        Tuple.of(1, Arbitraries.of(ODD_TEXTS)));
  }

  /** Spaces after a colon or a value: mostly the usual ones. */
  private static Arbitrary<String> spaces(String usual) {
    return Arbitraries.frequencyOf(Tuple.of(12, Arbitraries.just(usual)),
        Tuple.of(1, Arbitraries.of("", " ", "   ")));
  }

  private static Arbitrary<String> scalarEntry() {
    return Combinators.combine(key(), spaces(" "), text(), spaces(""))
        .as((key, gap, text, end) -> key + ":" + gap + text + end + "\n");
  }

  private static Arbitrary<String> flowEntry() {
    Arbitrary<String> item = Arbitraries.frequencyOf(
        Tuple.of(10, Arbitraries.of("care", "recovery", "talk therapy", "Ärzte", "a-b")),
        Tuple.of(1, Arbitraries.of("", "yes", "a:b", "'q'", "\"q\"", "[x]", "12", "a#b")));
    return Combinators.combine(key(), item.list().ofMinSize(1).ofMaxSize(3),
            Arbitraries.of(", ", ",", " , ", ",  "))
        .as((key, items, comma) -> key + ": [" + String.join(comma, items) + "]\n");
  }

  private static Arbitrary<String> blockEntry() {
    return Combinators.combine(key(), blockValue(0))
        .as((key, value) -> key + ": " + value);
  }

  /** A block scalar's header and lines, for a key {@code column} spaces in. */
  private static Arbitrary<String> blockValue(int column) {
    Arbitrary<Integer> indent = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(2, 4)),
        Tuple.of(1, Arbitraries.of(0, 1, 3)));
    Arbitrary<String> header = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.of(">-", ">", "|", "|-")), Tuple.of(1, Arbitraries.of(HEADERS)));
    Arbitrary<String> blockLine = Arbitraries.frequencyOf(Tuple.of(30, Arbitraries.of(BLOCK_LINES)),
        Tuple.of(1, Arbitraries.of(ODD_BLOCK_LINES)));
    return Combinators.combine(header, indent, blockLine.list().ofMinSize(1).ofMaxSize(4))
        .as((head, extra, lines) -> {
          StringBuilder out = new StringBuilder(head).append('\n');
          for (String line : lines) {
            out.append(line.isEmpty() ? "" : " ".repeat(column + extra) + line).append('\n');
          }
          return out.toString();
        });
  }

  private static Arbitrary<String> listEntry() {
    return Combinators.combine(key(), Arbitraries.frequencyOf(
            Tuple.of(6, Arbitraries.of(2, 0)), Tuple.of(1, Arbitraries.of(1, 4))))
        .flatAs((key, indent) -> listItem(indent).list().ofMinSize(1).ofMaxSize(3)
            .map(items -> key + ":\n" + String.join("", items)));
  }

  private static Arbitrary<String> listItem(int indent) {
    String dash = " ".repeat(indent) + "- ";
    Arbitrary<String> scalar = text().map(text -> dash + text + "\n");
    Arbitrary<String> source = Combinators.combine(
            Arbitraries.frequencyOf(Tuple.of(3, text().map(t -> t + "\n")),
                Tuple.of(2, blockValue(indent + 2))),
            text(), Arbitraries.of(0, 0, 0, 0, 0, 0, 0, 0, 1, -1, 2), Arbitraries.of("url", "note"))
        .as((first, second, shift, key) -> dash + "text: " + first
            + " ".repeat(indent + 2 + shift) + key + ": " + second + "\n");
    return Arbitraries.frequencyOf(Tuple.of(2, scalar), Tuple.of(2, source));
  }

  private static Arbitrary<String> mappingEntry() {
    Arbitrary<String> member = Combinators.combine(
            Arbitraries.of("name", "contact", "fax"), text())
        .as((key, text) -> key + ": " + text);
    return Combinators.combine(key(), Arbitraries.of(2, 2, 4, 1),
            member.list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(0, 0, 0, 0, 0, 0, 0, 1))
        .as((key, indent, members, shift) -> {
          StringBuilder out = new StringBuilder(key).append(":\n");
          for (int i = 0; i < members.size(); i++) {
            out.append(" ".repeat(indent + (i == 1 ? shift : 0))).append(members.get(i))
                .append('\n');
          }
          return out.toString();
        });
  }
}
