package dev.pamphlet.core.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadabilityAnalyzerTest {
  private final ReadabilityAnalyzer analyzer = ReadabilityAnalyzer.create(PlainLanguageRules.DEFAULT);

  private ArticleReadability analyze(Article article) {
    return analyzer.analyze(Publication.of(article), SourceMap.EMPTY).get(0);
  }

  private static List<String> codes(ArticleReadability result) {
    return result.findings().stream().map(Diagnostic::code).toList();
  }


  @Test
  void headingsAreNotCountedAsProse() {
    Article article = Article.builder("a").title("T").language("en").summary("S.")
        .section("A very long heading about extraordinary pharmacological considerations",
            s -> s.paragraph("Rest well. Drink water."))
        .orderedList(l -> l.item("Call us"))
        .build();
    ReadabilityScores scores = analyze(article).scores().orElseThrow();
    // "Rest well." "Drink water." "Call us": 6 words, 3 sentences.
    assertThat(scores.words()).isEqualTo(6);
    assertThat(scores.sentences()).isEqualTo(3);
  }

  @Test
  void eachListItemIsASentenceAndTableCellsCalloutsAndNotesAreProse() {
    Article article = Article.builder("a").title("T").language("en").summary("S.")
        .bulletList(l -> l.item("Bring water").item("Bring a snack"))
        .callout(CalloutKind.WARNING, "Extraordinarily complicated title", c -> c.paragraph("Call now."))
        .table(t -> t.header("When").row("Morning"))
        .paragraph(p -> p.text("Sleep well.").note("Eight hours is good."))
        .build();
    ReadabilityScores scores = analyze(article).scores().orElseThrow();
    // Items 2, callout 1 (title left out), cells 2, paragraph 1, note 1.
    assertThat(scores.sentences()).isEqualTo(7);
    assertThat(scores.words()).isEqualTo(2 + 3 + 2 + 1 + 1 + 2 + 4);
  }

  @Test
  void scoresFollowTheFormulasOnTheCountedProse() {
    Article article = Article.builder("a").title("T").language("en").summary("S.")
        .paragraph("The cat sat. The dog ran.")
        .build();
    ReadabilityScores scores = analyze(article).scores().orElseThrow();
    assertThat(scores.words()).isEqualTo(6);
    assertThat(scores.syllables()).isEqualTo(6);
    assertThat(scores.fleschKincaidGrade()).isCloseTo(0.39 * 3 + 11.8 - 15.59, within(1e-9));
  }

  @Test
  void otherLanguagesAreNotScoredAndSaySo() {
    Article article = Article.builder("a").title("T").language("pt-BR")
        .paragraph("Descanse bem.").build();
    ArticleReadability result = analyze(article);
    assertThat(result.isScored()).isFalse();
    assertThat(codes(result)).containsExactly("plain.language-unsupported");
  }

  @Test
  void missingSummaryAndMissingActionAreReported() {
    Article article = Article.builder("a").title("T").language("en")
        .paragraph("Rest well.").build();
    assertThat(codes(analyze(article))).contains("plain.summary-missing", "plain.no-action");
  }

  @Test
  void aChecklistIsAConcreteAction() {
    Article article = Article.builder("a").title("T").language("en").summary("S.")
        .section("Before", s -> s.bulletList(l -> l.task(false, "Eat a light meal")))
        .build();
    assertThat(codes(analyze(article))).doesNotContain("plain.no-action");
  }

  @Test
  void longSentencesAreReportedAtTheirParagraph() {
    Paragraph paragraph = Paragraph.of("word ".repeat(30).strip() + ".");
    Article article = Article.builder("a").title("T").language("en").summary("S.")
        .block(paragraph).orderedList(l -> l.item("Go")).build();
    SourcePosition where = new SourcePosition("a.md", 7, 1);
    SourceMap map = SourceMap.builder().put(paragraph, where).build();
    ArticleReadability result = analyzer.analyze(Publication.of(article), map).get(0);
    assertThat(result.findings()).filteredOn(d -> d.code().equals("plain.sentence-long"))
        .singleElement().satisfies(d -> assertThat(d.position()).isEqualTo(where));
  }

  @Test
  void numbersPatientsMisreadAreReported() {
    Article article = Article.builder("a").title("T").language("en").summary("S.")
        .paragraph("Take 2.5 mg. Cut it in 1/2. It works for 30% of people. On 3 May, rest.")
        .orderedList(l -> l.item("Go")).build();
    assertThat(analyze(article).findings())
        .filteredOn(d -> d.code().equals("plain.number-format"))
        .extracting(Diagnostic::message)
        .hasSize(3)
        .anySatisfy(m -> assertThat(m).startsWith("\"2.5\""))
        .anySatisfy(m -> assertThat(m).startsWith("\"1/2\""))
        .anySatisfy(m -> assertThat(m).startsWith("\"30%\""));
  }

  @Test
  void aGradeAboveTheTargetIsReported() {
    Article article = Article.builder("a").title("T").language("en").summary("S.")
        .paragraph("Pharmacological interventions necessitate comprehensive physiological"
            + " evaluation.")
        .orderedList(l -> l.item("Go")).build();
    ArticleReadability result = analyze(article);
    assertThat(codes(result)).contains("plain.grade-high");
    assertThat(result.hardestWords()).first().isEqualTo("pharmacological");
  }

  @Test
  void longSectionsAndHardWordsFollowTheConfiguredRules() {
    PlainLanguageRules rules = PlainLanguageRules.DEFAULT.withLimits(25, 5)
        .withPlainerWords(Map.of("Utilize", "use"));
    Article article = Article.builder("a").title("T").language("en").summary("S.")
        .section("Tips", s -> s.paragraph("Utilize the cup. Drink some water now please."))
        .orderedList(l -> l.item("Go")).build();
    ArticleReadability result =
        ReadabilityAnalyzer.create(rules).analyze(Publication.of(article), SourceMap.EMPTY).get(0);
    assertThat(codes(result)).contains("plain.section-long", "plain.hard-word");
  }

  @Test
  void everySectionIsScored() {
    Article article = Article.builder("a").title("T").language("en").summary("S.")
        .section("One", s -> s.paragraph("Rest.").section("Two", t -> t.paragraph("Eat.")))
        .build();
    assertThat(analyze(article).sections())
        .extracting(SectionReadability::sectionId, SectionReadability::level)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("one", 1),
            org.assertj.core.groups.Tuple.tuple("two", 2));
  }
}
