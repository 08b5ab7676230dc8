package dev.pamphlet.core.testing;

/**
 * Hostile and heavy Markdown, generated in memory, for the stress tests of every module
 * (shipped in the core test-jar): nesting far past the limit, huge paragraphs and words, long
 * tables, thousands of footnotes, cross-references that point at each other.
 */
public final class Pathological {
  /** The lines {@link #titled} puts before the content. */
  public static final int TITLE_LINES = 4;

  private Pathological() {}

  /**
   * {@code markdown} after front matter giving a title and a language, so that the only
   * problems left are the ones the content itself causes; it starts on line
   * {@code TITLE_LINES + 1}.
   */
  public static String titled(String markdown) {
    return "---\ntitle: Stress test\nlanguage: en\n---\n" + markdown;
  }

  /** {@code depth} quotes inside one another, on one line: {@code >>>> deep}. */
  public static String nestedQuotes(int depth) {
    return ">".repeat(depth) + " deep\n";
  }

  /** {@code depth} bullet lists inside one another, on one line: {@code - - - deep}. */
  public static String nestedLists(int depth) {
    return "- ".repeat(depth) + "deep\n";
  }

  /**
   * {@code depth} lists nested by indentation, one item a line, each two columns deeper: how
   * people write nested lists (the text grows with the square of the depth).
   */
  public static String indentedLists(int depth) {
    StringBuilder out = new StringBuilder();
    for (int level = 0; level < depth; level++) {
      out.append("  ".repeat(level)).append("- level ").append(level).append('\n');
    }
    return out.toString();
  }

  /** {@code depth} emphases inside one another: {@code *a *a *a x a* a* a*}. */
  public static String nestedEmphasis(int depth) {
    return "*a ".repeat(depth) + "x" + " a*".repeat(depth) + "\n";
  }

  /** One paragraph of {@code count} words of plain prose. */
  public static String paragraph(int count) {
    String[] words = {"rest", "after", "your", "session", "and", "drink", "some", "water",
        "before", "you", "go", "home"};
    StringBuilder out = new StringBuilder(count * 6);
    for (int i = 0; i < count; i++) {
      out.append(words[i % words.length]).append(i % 17 == 16 ? ".\n" : " ");
    }
    return out.append('\n').toString();
  }

  /** A line that is one word of {@code length} letters, between two short paragraphs. */
  public static String longWord(int length) {
    StringBuilder out = new StringBuilder(length + 40);
    out.append("Before.\n\n");
    for (int i = 0; i < length; i++) {
      out.append((char) ('a' + i % 26));
    }
    return out.append("\n\nAfter.\n").toString();
  }

  /** A table of {@code rows} body rows under a two-column header. */
  public static String table(int rows) {
    StringBuilder out = new StringBuilder(rows * 30);
    out.append("| Hour | What to do |\n| --- | --- |\n");
    for (int i = 1; i <= rows; i++) {
      out.append("| ").append(i).append(" | rest and drink water ").append(i).append(" |\n");
    }
    return out.toString();
  }

  /** {@code count} paragraphs, each with its own footnote, and the definitions at the end. */
  public static String footnotes(int count) {
    StringBuilder out = new StringBuilder(count * 50);
    for (int i = 1; i <= count; i++) {
      out.append("Point ").append(i).append(" has a source.[^n").append(i).append("]\n\n");
    }
    for (int i = 1; i <= count; i++) {
      out.append("[^n").append(i).append("]: Source number ").append(i).append(".\n\n");
    }
    return out.toString();
  }

  /**
   * {@code count} sections, each referring to the next and the last to the first, and a
   * section whose empty-text reference points at itself: cycles of cross-references.
   */
  public static String crossReferenceCycle(int count) {
    StringBuilder out = new StringBuilder("# Cycles\n\n");
    for (int i = 0; i < count; i++) {
      out.append("## Part ").append(i).append(" {#part-").append(i).append("}\n\n")
          .append("See [](#part-").append((i + 1) % count).append(") and [](#part-")
          .append(i).append(").\n\n");
    }
    return out.toString();
  }

  /** About {@code bytes} characters of ordinary article text: sections, lists, emphasis. */
  public static String largeFile(int bytes) {
    String chunk = "## Aftercare\n\nMost side effects pass within **two hours**. Rest *lying down*"
        + " and [call us](tel:+15555550100) if you feel unwell.\n\n- Drink water.\n- Eat a light"
        + " meal.\n\n";
    StringBuilder out = new StringBuilder(bytes + chunk.length());
    out.append("# A very long handout\n\n");
    while (out.length() < bytes) {
      out.append(chunk);
    }
    return out.toString();
  }
}
