package dev.pamphlet.core.testing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a deterministic corpus of patient-education-like Markdown articles for benchmarks:
 * about 900 words each, with front matter, sections and sub-sections, nested and numbered
 * lists, a checklist, a table, footnotes, a callout and links to other articles.
 *
 * <p>The same seed and count always give the same text, so runs compare like with like. It
 * lives in the core test-jar so that benchmarks ({@code bench/}) and tests (the exporters'
 * thread-safety and nothing-lost checks) share one copy.
 */
public final class CorpusGenerator {
  private static final String[] SUBJECTS = {
    "Your care team", "The nurse", "Your doctor", "A therapist", "Many people", "Some patients",
    "Your family", "The clinic", "This treatment", "Daily rest", "A short walk", "Good sleep"};
  private static final String[] VERBS = {
    "can help", "may change", "will explain", "often supports", "helps to build", "can ease",
    "may improve", "should review", "will check", "can lower"};
  private static final String[] OBJECTS = {
    "your mood", "the plan for each visit", "new habits", "how you feel after a session",
    "the signs to watch for", "your sleep and appetite", "the questions you bring",
    "the way your brain adapts", "your safety at home", "the next steps"};
  private static final String[] TAILS = {
    "over a few weeks", "before you go home", "at every visit", "when you feel ready",
    "with support from others", "in small steps", "during the first month", "each day"};
  private static final String[] TOPICS = {
    "Before your visit", "What happens during a session", "After the session", "Side effects",
    "When to call us", "Questions to ask", "Living with depression", "How the brain changes",
    "Taking care of yourself", "Support at home", "Safety first", "Planning ahead"};

  private final Random random;

  private CorpusGenerator(long seed) {
    this.random = new Random(seed);
  }

  /**
   * Writes the corpus as Markdown files into a folder, for timing the command on it:
   * {@code java -cp bench/target/benchmarks.jar dev.pamphlet.core.testing.CorpusGenerator DIR [COUNT]}.
   */
  public static void main(String[] args) throws java.io.IOException {
    java.nio.file.Path folder = java.nio.file.Path.of(args[0]);
    java.nio.file.Files.createDirectories(folder);
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 100;
    for (Map.Entry<String, String> file : generate(count, 42).entrySet()) {
      java.nio.file.Files.writeString(folder.resolve(file.getKey()), file.getValue());
    }
  }

  /** {@code count} articles, by file name ({@code article-001.md} …), in order. */
  public static Map<String, String> generate(int count, long seed) {
    CorpusGenerator generator = new CorpusGenerator(seed);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 1; i <= count; i++) {
      out.put(fileName(i), generator.article(i, count));
    }
    return out;
  }

  /** The file name of article {@code number}: {@code article-007.md}. */
  public static String fileName(int number) {
    return String.format(Locale.ROOT, "article-%03d.md", number);
  }

  private String article(int number, int count) {
    StringBuilder md = new StringBuilder(8_000);
    md.append("---\n")
        .append("id: article-").append(String.format(Locale.ROOT, "%03d", number)).append('\n')
        .append("title: Patient guide ").append(number).append('\n')
        .append("summary: ").append(sentence()).append('\n')
        .append("language: en\n")
        .append("reviewed: 2026-03-01\n")
        .append("keywords: [care, recovery, guide]\n")
        .append("---\n\n");
    md.append("# Patient guide ").append(number).append("\n\n");
    md.append(paragraph(3)).append("\n\n");
    List<String> sections = new ArrayList<>();
    for (int s = 0; s < 5; s++) {
      String topic = TOPICS[(number + s) % TOPICS.length];
      sections.add(topic);
      md.append("## ").append(topic).append("\n\n");
      md.append(paragraph(3)).append("[^n").append(s).append("]\n\n");
      switch (s) {
        case 0 -> nestedList(md);
        case 1 -> numberedSteps(md);
        case 2 -> table(md);
        case 3 -> checklist(md);
        default -> callout(md);
      }
      md.append("### More about ").append(topic.toLowerCase(Locale.ROOT)).append("\n\n");
      md.append(paragraph(2)).append(' ');
      int other = 1 + random.nextInt(count);
      // A section the other article really has: its topics start at its own number.
      String otherTopic = TOPICS[(other + random.nextInt(5)) % TOPICS.length];
      md.append("See [the guide on this](").append(fileName(other)).append('#')
          .append(slug(otherTopic)).append(") and [the start of this page](#")
          .append(slug(sections.get(0))).append(").\n\n");
      md.append(paragraph(1)).append(" Read more at [our website](https://example.org/guide/")
          .append(number).append(").\n\n");
    }
    for (int s = 0; s < 5; s++) {
      md.append("[^n").append(s).append("]: ").append(sentence()).append('\n');
    }
    return md.toString();
  }

  private void nestedList(StringBuilder md) {
    for (int i = 0; i < 4; i++) {
      md.append("- ").append(sentence()).append('\n');
      if (i % 2 == 0) {
        md.append("  - ").append(sentence()).append('\n');
        md.append("  - ").append(sentence()).append('\n');
      }
    }
    md.append('\n');
  }

  private void numberedSteps(StringBuilder md) {
    for (int i = 1; i <= 4; i++) {
      md.append(i).append(". ").append(sentence()).append('\n');
    }
    md.append('\n');
  }

  private void checklist(StringBuilder md) {
    for (int i = 0; i < 4; i++) {
      md.append(i == 0 ? "- [x] " : "- [ ] ").append(sentence()).append('\n');
    }
    md.append('\n');
  }

  private void table(StringBuilder md) {
    md.append("| When | What to do | Who to call |\n| --- | --- | --- |\n");
    for (int i = 0; i < 4; i++) {
      md.append("| ").append(TAILS[random.nextInt(TAILS.length)]).append(" | ")
          .append(sentence()).append(" | ").append(SUBJECTS[random.nextInt(SUBJECTS.length)])
          .append(" |\n");
    }
    md.append('\n');
  }

  private void callout(StringBuilder md) {
    md.append("> [!WARNING]\n> ").append(sentence()).append(' ').append(sentence())
        .append("\n\n");
  }

  private String paragraph(int sentences) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < sentences; i++) {
      if (i > 0) {
        out.append(' ');
      }
      String sentence = sentence();
      if (i == 1) {
        // Some inline markup, as real articles have.
        int space = sentence.indexOf(' ');
        sentence = "**" + sentence.substring(0, space) + "**" + sentence.substring(space);
      }
      out.append(sentence);
    }
    return out.toString();
  }

  private String sentence() {
    return SUBJECTS[random.nextInt(SUBJECTS.length)] + " " + VERBS[random.nextInt(VERBS.length)]
        + " " + OBJECTS[random.nextInt(OBJECTS.length)] + " " + TAILS[random.nextInt(TAILS.length)]
        + ".";
  }

  private static String slug(String title) {
    return title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-');
  }
}
