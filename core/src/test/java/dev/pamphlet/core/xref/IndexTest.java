package dev.pamphlet.core.xref;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The index gives every article and section one title and number, for every format. */
class IndexTest {
  private static Publication booklet(boolean numbered) {
    return Publication.builder().title("Booklet").language("en").numbered(numbered)
        .article(Article.builder("intro").title("Introduction")
            .section("Why", s -> s.paragraph("x")).build())
        .article(Article.builder("care").title("Care")
            .section("Before", s -> s.paragraph("x")
                .section("Eating", e -> e.paragraph("x"))
                .section("Sleeping", e -> e.paragraph("x")))
            .section("After", s -> s.paragraph("x")).build())
        .build();
  }

  @Test
  void numberedPublicationNumbersArticlesAndSectionsByPosition() {
    Index index = Index.of(booklet(true));
    assertThat(index.targets()).extracting(Target::key, Target::number, Target::level)
        .containsExactly(
            tuple("intro", "1", 0),
            tuple("intro#why", "1.1", 1),
            tuple("care", "2", 0),
            tuple("care#before", "2.1", 1),
            tuple("care#eating", "2.1.1", 2),
            tuple("care#sleeping", "2.1.2", 2),
            tuple("care#after", "2.2", 1));
  }

  @Test
  void unnumberedPublicationHasNoNumbers() {
    assertThat(Index.of(booklet(false)).targets()).extracting(Target::number)
        .containsOnly("");
  }

  @Test
  void labelIsTheTargetsTitleWithItsNumberWhenNumbered() {
    CrossRef ref = new CrossRef("care", "eating");
    assertThat(Index.of(booklet(true)).label(ref)).isEqualTo("2.1.1 Eating");
    assertThat(Index.of(booklet(false)).label(ref)).isEqualTo("Eating");
    assertThat(Index.of(booklet(false)).label(new CrossRef("care", ""))).isEqualTo("Care");
  }

  @Test
  void ownLabelWinsOverTheTargetsTitle() {
    CrossRef ref = new CrossRef("care", "eating", List.of(new Text("what to eat")));
    assertThat(Index.of(booklet(true)).label(ref)).isEqualTo("what to eat");
  }

  @Test
  void aLabelThatShowsNothingGivesWayToTheTargetsTitle() {
    Index index = Index.of(booklet(false));
    for (String blank : List.of(" ", "\t\u200B", "\u0007", "\u2060\uFE0F")) {
      CrossRef ref = new CrossRef("care", "eating", List.of(new Text(blank)));
      assertThat(index.label(ref)).as("label %s", blank.codePoints().boxed().toList())
          .isEqualTo("Eating");
    }
  }

  @Test
  void danglingReferenceReadsAsWritten() {
    Index index = Index.of(booklet(true));
    assertThat(index.resolve(new CrossRef("care", "nowhere"))).isEmpty();
    assertThat(index.label(new CrossRef("care", "nowhere"))).isEqualTo("care#nowhere");
    assertThat(index.label(new CrossRef("gone", ""))).isEqualTo("gone");
  }

  @Test
  void firstOfRepeatedIdsWins() {
    Publication publication = Publication.builder().title("B").language("en")
        .article(Article.builder("same").title("First").build())
        .article(Article.builder("same").title("Second").build())
        .build();
    Index index = Index.of(publication);
    assertThat(index.article("same")).get().extracting(Target::title).isEqualTo("First");
    assertThat(index.targets()).hasSize(2);
  }

  @Test
  void sectionsOfAnArticleAreListedInDocumentOrder() {
    assertThat(Index.of(booklet(false)).sections("care")).extracting(Target::section)
        .containsExactly("before", "eating", "sleeping", "after");
    assertThat(Index.of(booklet(false)).sections("nothing")).isEmpty();
  }

  @Test
  void sectionsInsideCalloutsAndListItemsCanBeReferencedAndAreNumberedInPlace() {
    Publication publication = Publication.builder().title("B").language("en").numbered(true)
        .article(Article.builder("a").title("A")
            .section("Before", s -> s.paragraph("x")
                .callout(dev.pamphlet.core.model.CalloutKind.TIP,
                    c -> c.section("Tip inside", t -> t.paragraph("y"))))
            .bulletList(l -> l.itemBlocks(b -> b.section("In a list", t -> t.paragraph("z"))))
            .section("After", s -> s.paragraph("x"))
            .build())
        .build();
    Index index = Index.of(publication);
    assertThat(index.sections("a")).extracting(Target::section, Target::number, Target::level)
        .containsExactly(tuple("before", "1.1", 1), tuple("tip-inside", "1.1.1", 2),
            tuple("in-a-list", "1.2", 1), tuple("after", "1.3", 1));
    assertThat(index.label(new CrossRef("a", "tip-inside"))).isEqualTo("1.1.1 Tip inside");
  }
}
