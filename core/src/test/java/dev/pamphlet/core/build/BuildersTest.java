package dev.pamphlet.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.Text;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The builders write the same model a reader would, with ids assigned in document order. */
class BuildersTest {
  @Test
  void sectionIdsAreSlugsMadeUniqueInDocumentOrder() {
    Article article = Article.builder("a").title("A")
        .section("Overview", s -> s.section("Details", d -> d.paragraph("x")))
        .section("Overview", s -> s.section("Details", d -> d.paragraph("y")))
        .build();
    assertThat(sectionIds(article.blocks())).containsExactly("overview", "details",
        "overview-1", "details-1");
  }

  @Test
  void explicitIdsAreKeptAndGeneratedOnesStepAroundThem() {
    Article article = Article.builder("a").title("A")
        .section("Risks", s -> s.paragraph("first"))
        .section("risks-1", "Chosen id", s -> s.paragraph("explicit"))
        .section("Risks", s -> s.paragraph("third"))
        .build();
    assertThat(sectionIds(article.blocks())).containsExactly("risks", "risks-1", "risks-2");
  }

  @Test
  void sectionsInsideCalloutsAndListsShareTheArticlesIds() {
    Article article = Article.builder("a").title("A")
        .section("Help", s -> s.paragraph("x"))
        .callout(CalloutKind.NOTE, c -> c.section("Help", s -> s.paragraph("y")))
        .build();
    Callout callout = (Callout) article.blocks().get(1);
    assertThat(((Section) callout.blocks().get(0)).id()).isEqualTo("help-1");
  }

  @Test
  void builtArticleHasTheGivenStructure() {
    Article article = Article.builder("side-effects")
        .title("Side effects")
        .language("en")
        .summary("What you may feel.")
        .metadata(m -> m.reviewed(LocalDate.of(2026, 1, 2)))
        .paragraph(p -> p.text("Call ").strong("911").text(" at once."))
        .orderedList(3, l -> l.item("third").task(true, "done"))
        .bulletList(l -> l.itemBlocks(b -> b.paragraph("outer")
            .bulletList(inner -> inner.item("inner"))))
        .figure("room.png", "A quiet room", "The room")
        .table(t -> t.header("Dose").row("5 mg").caption("Doses"))
        .build();
    assertThat(article.id()).isEqualTo("side-effects");
    assertThat(article.metadata().language()).isEqualTo("en");
    assertThat(article.metadata().reviewed()).contains(LocalDate.of(2026, 1, 2));
    assertThat(article.blocks().get(0)).isEqualTo(new Paragraph(List.of(new Text("Call "),
        new Strong(List.of(new Text("911"))), new Text(" at once."))));
    OrderedList ordered = (OrderedList) article.blocks().get(1);
    assertThat(ordered.start()).isEqualTo(3);
    assertThat(ordered.items()).extracting(ListItem::check)
        .containsExactly(CheckState.NONE, CheckState.CHECKED);
    BulletList bullets = (BulletList) article.blocks().get(2);
    assertThat(bullets.items().get(0).blocks().get(1)).isInstanceOf(BulletList.class);
    Figure figure = (Figure) article.blocks().get(3);
    assertThat(figure.alt()).isEqualTo("A quiet room");
    assertThat(figure.caption()).containsExactly(new Text("The room"));
    Table table = (Table) article.blocks().get(4);
    assertThat(table.columnCount()).isEqualTo(1);
    assertThat(table.caption()).containsExactly(new Text("Doses"));
  }

  @Test
  void inlineBuilderMakesReferencesAndNotesHoldingBlocks() {
    Paragraph paragraph = new Paragraph(InlinesBuilder.build(p -> p
        .crossRef("other").crossRef("other", "part").crossRef("other", "part", "label")
        .note(n -> n.paragraph("Such as:").bulletList(l -> l.item("this")))));
    assertThat(paragraph.content()).startsWith(new CrossRef("other", ""),
        new CrossRef("other", "part"),
        new CrossRef("other", "part", List.of(new Text("label"))));
    Note note = (Note) paragraph.content().get(3);
    assertThat(note.blocks()).hasSize(2).element(1).isInstanceOf(BulletList.class);
  }

  @Test
  void publicationBuilderKeepsArticleOrderAndNumbering() {
    Publication publication = Publication.builder().title("Booklet").language("en")
        .numbered(true)
        .article(Article.builder("b").title("B").build())
        .article(Article.builder("a").title("A").build())
        .build();
    assertThat(publication.articles()).extracting(Article::id).containsExactly("b", "a");
    assertThat(publication.numbered()).isTrue();
    assertThat(publication.metadata().title()).isEqualTo("Booklet");
  }

  @Test
  void invalidArticleIdIsRejectedAtOnce() {
    assertThatThrownBy(() -> Article.builder("two words"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two words");
  }

  @Test
  void builderCanBeBuiltTwiceWithTheSameIds() {
    ArticleBuilder builder = Article.builder("a").title("A")
        .section("Same", s -> s.paragraph("x"));
    assertThat(builder.build()).isEqualTo(builder.build());
  }

  private static List<String> sectionIds(List<Block> blocks) {
    List<String> ids = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Section section) {
        ids.add(section.id());
        ids.addAll(sectionIds(section.blocks()));
      }
    }
    return ids;
  }
}
