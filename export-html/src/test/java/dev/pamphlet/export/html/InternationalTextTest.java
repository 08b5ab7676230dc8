package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Multilingual;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Text in every script comes through the HTML exporter as it was written, blocks holding
 * right-to-left letters get {@code dir="auto"}, an article in a right-to-left language gets
 * {@code dir="rtl"}, and the pages stay valid for the Nu HTML Checker.
 */
class InternationalTextTest {
  private static Map<String, String> export(Publication publication) {
    return Outputs.export(publication, HtmlOptions.DEFAULTS);
  }

  private static Publication multilingual(boolean crlf) {
    ReadResult<Article> read = Multilingual.read(crlf);
    return Publication.of(read.value());
  }

  @Test
  void everyWordOfEveryScriptIsKeptInReadingOrder() {
    export(multilingual(false)).forEach((name, html) ->
        assertThat(html).as(name).containsSubsequence(Multilingual.WORDS)
            .contains("💊", "\u200B", "\u00AD"));
  }

  @Test
  void windowsLineEndsGiveTheSameFiles() {
    assertThat(export(multilingual(Multilingual.CRLF))).isEqualTo(export(multilingual(false)));
  }

  @Test
  void blocksWithRightToLeftLettersGetAutomaticDirectionAndOthersNothing() {
    String html = export(multilingual(false)).get("multilingual.html");
    assertThat(html).contains("<p dir=\"auto\">הטיפול עוזר למוח להשתנות.</p>")
        .contains("<p dir=\"auto\">A mixed line: the word שלום means peace.</p>")
        .contains("<p dir=\"auto\">العلاج يساعد الدماغ على التغير.</p>")
        .contains("<p>Терапия помогает мозгу меняться.</p>");
  }

  @Test
  void aChecklistItemWithRightToLeftLettersGetsAutomaticDirectionOnTheItem() throws Exception {
    Article tasks = Article.builder("tasks").title("Tasks")
        .bulletList(list -> list.task(true, "مرحبا").task(false, "Call us")).build();
    Map<String, String> files = export(Publication.of(tasks));
    assertThat(files.get("tasks.html"))
        .containsPattern("<li class=\"[^\"]*task-done\" dir=\"auto\">")
        .containsPattern("<li class=\"[^\"]*task\">");
    assertValid(files);
  }

  @Test
  void anArticleInARightToLeftLanguageIsMarkedRightToLeft() throws Exception {
    Article hebrew = Article.builder("shalom").title("שלום").language("he")
        .paragraph("הטיפול עוזר למוח להשתנות.").build();
    Map<String, String> files = export(Publication.of(hebrew));
    assertThat(files.get("shalom.html")).contains("<html lang=\"he\" dir=\"rtl\">")
        .containsPattern("<article [^>]*dir=\"rtl\"")
        .contains("<p>הטיפול עוזר למוח להשתנות.</p>"); // it inherits the article's direction
    assertValid(files);
  }

  @Test
  void theMultilingualPagesAreValidHtml() throws Exception {
    assertValid(export(multilingual(false)));
  }

  private static void assertValid(Map<String, String> files) throws Exception {
    for (Map.Entry<String, String> file : files.entrySet()) {
      assertThat(NuChecker.problems(Outputs.checkable(file.getKey(), file.getValue())))
          .as(file.getKey()).isEmpty();
    }
  }
}
