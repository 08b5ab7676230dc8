package dev.pamphlet.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code xref.dangling}: every cross-reference must reach an article or section. */
class CrossReferenceValidationTest {
  private static Article target() {
    return Article.builder("side-effects").title("Side effects").language("en")
        .section("Common effects", s -> s.paragraph("Nausea."))
        .section("When to call", s -> s.paragraph("At once."))
        .build();
  }

  private static Article referring(CrossRef ref) {
    return new Article("care", target().metadata().toBuilder().title("Care").build(),
        List.of(new Paragraph(List.of(new Text("See "), ref))));
  }

  private static List<Diagnostic> validate(CrossRef ref, SourceMap map) {
    Publication publication = Publication.builder().title("B").language("en")
        .article(target()).article(referring(ref)).build();
    return Validator.standard().validate(publication, map);
  }

  @Test
  void danglingCrossReferenceIsReportedWithFileAndLine() {
    CrossRef ref = new CrossRef("side-effects", "nowhere");
    SourceMap map = SourceMap.builder().put(ref, new SourcePosition("care.md", 7, 12))
        .article("care", "care.md").build();
    assertThat(validate(ref, map)).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(ValidationCodes.XREF_DANGLING);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.position()).isEqualTo(new SourcePosition("care.md", 7, 12));
      assertThat(d.toString()).startsWith("care.md:7:12: error: ").endsWith("[xref.dangling]");
    });
  }

  @Test
  void positionFallsBackToTheArticlesFile() {
    CrossRef ref = new CrossRef("side-effects", "nowhere");
    SourceMap map = SourceMap.builder().article("care", "care.md").build();
    assertThat(validate(ref, map)).singleElement()
        .extracting(Diagnostic::position).isEqualTo(SourcePosition.of("care.md"));
  }

  @Test
  void misspeltArticleGetsADidYouMean() {
    assertThat(validate(new CrossRef("side-efects", ""), SourceMap.EMPTY)).singleElement()
        .extracting(Diagnostic::message).asString()
        .contains("article 'side-efects'", "did you mean 'side-effects'?");
  }

  @Test
  void misspeltSectionGetsADidYouMean() {
    assertThat(validate(new CrossRef("side-effects", "when-to-cal"), SourceMap.EMPTY))
        .singleElement().extracting(Diagnostic::message).asString()
        .contains("section 'when-to-cal' of article 'side-effects'",
            "did you mean 'when-to-call'?");
  }

  @Test
  void unrelatedSectionNameListsTheSectionsThatExist() {
    assertThat(validate(new CrossRef("side-effects", "dosage"), SourceMap.EMPTY))
        .singleElement().extracting(Diagnostic::message).asString()
        .contains("its sections are 'common-effects', 'when-to-call'")
        .doesNotContain("did you mean");
  }

  @Test
  void unrelatedArticleNameListsTheArticlesThatExist() {
    assertThat(validate(new CrossRef("zebra", "stripes"), SourceMap.EMPTY))
        .singleElement().extracting(Diagnostic::message).asString()
        .contains("article 'zebra'", "the articles are 'side-effects', 'care'");
  }

  @Test
  void referencesThatResolveAreFine() {
    assertThat(validate(new CrossRef("side-effects", "when-to-call"), SourceMap.EMPTY))
        .isEmpty();
    assertThat(validate(new CrossRef("side-effects", ""), SourceMap.EMPTY)).isEmpty();
    assertThat(validate(new CrossRef("care", ""), SourceMap.EMPTY)).as("to itself").isEmpty();
  }

  @Test
  void referencesAreFoundWhereverTheyAre() {
    Article article = Article.builder("a").title("A").language("en")
        .bulletList(l -> l.itemBlocks(b -> b.paragraph(p -> p.crossRef("gone-1"))))
        .table(t -> t.header("h").row("r"))
        .paragraph(p -> p.note(n -> n.paragraph(q -> q.crossRef("gone-2"))))
        .section("S", s -> s.quote(q -> q.paragraph(p -> p.crossRef("gone-3"))))
        .build();
    assertThat(Validator.standard().validate(Publication.of(article)))
        .filteredOn(d -> d.code().equals(ValidationCodes.XREF_DANGLING)).hasSize(3);
  }

  @Test
  void sectionInsideACalloutCanBeReferenced() {
    Article article = Article.builder("a").title("A").language("en")
        .callout(dev.pamphlet.core.model.CalloutKind.WARNING,
            c -> c.section("Call us", s -> s.paragraph("555-0100")))
        .paragraph(p -> p.crossRef("a", "call-us"))
        .build();
    assertThat(Validator.standard().validate(Publication.of(article))).isEmpty();
  }

  @Test
  void suggestionsPickTheNearestIdWithinAFewEdits() {
    List<String> ids = List.of("side-effects", "after-care", "before-care");
    assertThat(Suggestions.closest("after-car", ids)).contains("after-care");
    assertThat(Suggestions.closest("Side-Effects", ids)).contains("side-effects");
    assertThat(Suggestions.closest("xyz", ids)).isEmpty();
    assertThat(Suggestions.closest("anything", List.of())).isEmpty();
    assertThat(Suggestions.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Suggestions.distance("", "abc")).isEqualTo(3);
  }
}
