package dev.pamphlet.export.epub;

import dev.pamphlet.core.build.BlockListBuilder;
import dev.pamphlet.core.build.SectionBuilder;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.load.SourceLoader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Multilingual;
import dev.pamphlet.core.testing.Samples;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Consumer;

/** The booklets the EPUB tests export: the example booklet and the stress cases. */
final class TestBooklets {
  private TestBooklets() {}

  /** A publication with the source map its images are found through. */
  record Source(Publication publication, SourceMap sourceMap) {}

  /** The example booklet, loaded from its folder as {@code pamphlet build examples} does. */
  static Source exampleBooklet() {
    try {
      ReadResult<Publication> result = SourceLoader.create().load(List.of(Samples.examplesDir()));
      if (result.hasErrors()) {
        throw new AssertionError("the example booklet has errors: " + result.diagnostics());
      }
      return new Source(result.value(), result.sourceMap());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A booklet of one short article. */
  static Publication oneArticle() {
    return Publication.builder().title("One page").language("en")
        .article(Article.builder("only").title("The only article").language("en")
            .paragraph("A single paragraph.").build())
        .build();
  }

  /** {@code count} articles, each with sections, a list, a note and a reference onward. */
  static Publication manyArticles(int count) {
    var builder = Publication.builder().title("Many articles").language("en").numbered(true);
    for (int i = 1; i <= count; i++) {
      String next = "article-" + (i % count + 1);
      int n = i;
      builder.article(Article.builder("article-" + i).title("Article number " + i)
          .language("en")
          .paragraph(p -> p.text("Read on in ").crossRef(next, "details").text(".")
              .note("A note in article " + n + "."))
          .section("details", "Details", s -> s.paragraph("Details of article " + n + ".")
              .bulletList(l -> l.item("one").item("two"))
              .section("More", sub -> sub.paragraph("Even more.")))
          .section("Summary", s -> s.paragraph("The end of article " + n + "."))
          .build());
    }
    return builder.build();
  }

  /** Sections nested 8 deep and lists nested 10 deep. */
  static Publication deepNesting() {
    Article article = Article.builder("deep").title("Deep nesting").language("en")
        .paragraph("Sections nest eight deep, lists ten deep.")
        .section("Level 1", s -> nestSections(s, 2))
        .bulletList(l -> l.itemBlocks(b -> nestLists(b, 2)))
        .build();
    return Publication.builder().title("Deep").language("en").numbered(true).article(article)
        .build();
  }

  private static void nestSections(SectionBuilder section, int level) {
    section.paragraph("Text at level " + (level - 1) + ".");
    if (level <= 8) {
      section.section("Level " + level, s -> nestSections(s, level + 1));
    }
  }

  private static void nestLists(BlockListBuilder item, int depth) {
    item.paragraph("List depth " + (depth - 1));
    if (depth <= 10) {
      item.orderedList(l -> l.itemBlocks(b -> nestLists(b, depth + 1)));
    }
  }

  /**
   * The shared multilingual article (Greek, Cyrillic, Vietnamese, Hebrew, Arabic, Chinese, an
   * emoji, zero-width characters, tabs), read from Markdown, with Windows line ends when
   * {@code crlf}.
   */
  static Source multilingual(boolean crlf) {
    ReadResult<Article> read = Multilingual.read(crlf);
    return new Source(Publication.of(read.value()), read.sourceMap());
  }

  /** Articles in Greek, Russian, Chinese, Japanese and Arabic, each with its language. */
  static Publication nonLatin() {
    return Publication.builder().title("Πολύγλωσσο φυλλάδιο").language("el")
        .article(article("υγεία", "el", "Η υγεία σας", "Πριν από τη συνεδρία",
            "Φέρτε μαζί σας τα φάρμακά σας."))
        .article(article("здоровье", "ru", "Ваше здоровье", "После сеанса",
            "Отдохните и выпейте воды."))
        .article(article("健康", "zh-Hans", "您的健康", "治疗之后", "请休息并多喝水。"))
        .article(article("けんこう", "ja", "あなたの健康", "セッションの前に", "薬を持ってきてください。"))
        .article(article("الصحة", "ar", "صحتك", "بعد الجلسة", "استرح واشرب الماء."))
        .build();
  }

  private static Article article(String id, String language, String title, String section,
      String text) {
    Consumer<SectionBuilder> body = s -> s.paragraph(text)
        .callout(CalloutKind.TIP, c -> c.paragraph(text));
    return Article.builder(id).title(title).language(language)
        .paragraph(p -> p.text(text).note(text))
        .section(section, body)
        .build();
  }
}
