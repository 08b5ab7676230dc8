package dev.pamphlet.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.testing.Samples;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The walker reaches every node, in document order, with the sections that enclose it. */
class ModelWalkerTest {
  @Test
  void everyBlockAndInlineTypeOfTheSampleIsVisited() {
    Set<Class<?>> seen = new LinkedHashSet<>();
    ModelWalker.walk(Samples.everyNode(), new ModelListener() {
      @Override
      public void block(Block block, NodeContext context) {
        seen.add(block.getClass());
      }

      @Override
      public void inline(Inline inline, NodeContext context) {
        seen.add(inline.getClass());
      }
    });
    assertThat(seen).contains(Block.class.getPermittedSubclasses())
        .contains(Inline.class.getPermittedSubclasses());
  }

  @Test
  void nodesAreVisitedInDocumentOrderWithTheirEnclosingSections() {
    Article article = Article.builder("a").title("A")
        .paragraph("intro")
        .section("Outer", s -> s.paragraph("in outer")
            .section("Inner", i -> i.paragraph(p -> p.text("in inner")
                .note(n -> n.paragraph("in note")))))
        .paragraph("not reached by a section")
        .build();
    List<String> visits = new ArrayList<>();
    ModelWalker.walk(article, new ModelListener() {
      @Override
      public void startArticle(Article a) {
        visits.add("start " + a.id());
      }

      @Override
      public void inline(Inline inline, NodeContext context) {
        if (inline instanceof Text text) {
          visits.add(text.value() + " @" + context.depth()
              + context.section().map(s -> " " + s.id()).orElse(""));
        }
      }

      @Override
      public void endArticle(Article a) {
        visits.add("end " + a.id());
      }
    });
    assertThat(visits).containsExactly("start a", "intro @0", "Outer @0", "in outer @1 outer",
        "Inner @1 outer", "in inner @2 inner", "in note @2 inner",
        "not reached by a section @0", "end a");
  }

  @Test
  void tableCaptionIsVisitedBeforeItsCells() {
    Article article = Article.builder("t").title("T")
        .table(t -> t.header("head").row("body").caption("caption")).build();
    List<String> texts = new ArrayList<>();
    ModelWalker.walk(article, new ModelListener() {
      @Override
      public void inline(Inline inline, NodeContext context) {
        texts.add(((Text) inline).value());
      }
    });
    assertThat(texts).containsExactly("caption", "head", "body");
  }

  @Test
  void contextKnowsItsArticleAndSections() {
    Article article = Article.builder("a").build();
    Section outer = new Section("outer", List.of(), List.of());
    NodeContext context = NodeContext.top(article).inside(outer);
    assertThat(context.article()).isSameAs(article);
    assertThat(context.sections()).containsExactly(outer);
    assertThat(context.depth()).isEqualTo(1);
    assertThat(NodeContext.top(article).section()).isEmpty();
  }
}
