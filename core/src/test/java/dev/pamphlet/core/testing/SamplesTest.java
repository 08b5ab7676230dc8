package dev.pamphlet.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.ModelWalker;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The every-node sample really holds every node, so exporters tested on it miss nothing. */
class SamplesTest {
  private final Publication sample = Samples.everyNode();

  private List<Object> everyNode() {
    List<Object> nodes = new ArrayList<>();
    ModelWalker.walk(sample, new ModelListener() {
      @Override
      public void block(Block block, NodeContext context) {
        nodes.add(block);
      }

      @Override
      public void inline(Inline inline, NodeContext context) {
        nodes.add(inline);
      }
    });
    return nodes;
  }

  @Test
  void sampleUsesEveryBlockAndInlineType() {
    Set<Class<?>> types = new HashSet<>();
    everyNode().forEach(node -> types.add(node.getClass()));
    assertThat(types).contains(Block.class.getPermittedSubclasses())
        .contains(Inline.class.getPermittedSubclasses());
  }

  @Test
  void sampleUsesEveryCalloutKindAndCheckState() {
    Set<CalloutKind> kinds = EnumSet.noneOf(CalloutKind.class);
    Set<CheckState> checks = EnumSet.noneOf(CheckState.class);
    for (Object node : everyNode()) {
      if (node instanceof Callout callout) {
        kinds.add(callout.kind());
      }
      List<ListItem> items = node instanceof BulletList b ? b.items()
          : node instanceof OrderedList o ? o.items() : List.of();
      items.forEach(item -> checks.add(item.check()));
    }
    assertThat(kinds).containsExactlyInAnyOrder(CalloutKind.values());
    assertThat(checks).containsExactlyInAnyOrder(CheckState.values());
  }

  @Test
  void sampleHasTheHardCases() {
    List<Object> nodes = everyNode();
    assertThat(nodes).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(OrderedList.class,
        o -> assertThat(o.start()).isEqualTo(3)));
    assertThat(nodes).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(Note.class,
        note -> assertThat(note.blocks()).hasAtLeastOneElementOfType(BulletList.class)));
    assertThat(nodes).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(Figure.class,
        f -> assertThat(f.caption()).isNotEmpty()));
    assertThat(nodes).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(Table.class,
        t -> assertThat(t.caption()).isNotEmpty()));
    assertThat(nodes).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(Callout.class,
        c -> assertThat(c.title()).isNotEmpty()));
    assertThat(nodes).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(CodeBlock.class,
        c -> assertThat(c.code()).contains("\n")));
    // Lists inside list items, and sections inside sections.
    assertThat(nodes).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(BulletList.class,
        b -> assertThat(b.items()).anySatisfy(item -> assertThat(item.blocks())
            .hasAtLeastOneElementOfType(BulletList.class))));
    assertThat(nodes).anySatisfy(n -> assertThat(n).isInstanceOfSatisfying(Section.class,
        s -> assertThat(s.blocks()).hasAtLeastOneElementOfType(Section.class)));
  }

  @Test
  void crossReferencesGoBetweenArticlesAndToSections() {
    List<CrossRef> refs = everyNode().stream().filter(CrossRef.class::isInstance)
        .map(CrossRef.class::cast).toList();
    assertThat(refs).extracting(CrossRef::article).containsAll(Samples.ARTICLE_IDS);
    assertThat(refs).anyMatch(CrossRef::hasSection);
    assertThat(refs).anyMatch(r -> !r.hasSection());
    assertThat(refs).anyMatch(r -> !r.label().isEmpty());
    assertThat(refs).anyMatch(r -> r.label().isEmpty());
  }

  @Test
  void metadataIsFull() {
    assertThat(sample.articles()).extracting(Article::id)
        .containsExactlyElementsOf(Samples.ARTICLE_IDS);
    assertThat(sample.numbered()).isTrue();
    var meta = sample.metadata();
    assertThat(List.of(meta.title(), meta.subtitle(), meta.summary(), meta.language(),
        meta.cover())).allSatisfy(field -> assertThat(field).isNotBlank());
    assertThat(meta.authors()).isNotEmpty();
    assertThat(meta.keywords()).isNotEmpty();
    assertThat(meta.sources()).isNotEmpty();
    assertThat(meta.organization().isPresent()).isTrue();
    assertThat(meta.reviewed()).isPresent();
    assertThat(meta.nextReview()).isPresent();
  }

  @Test
  void everyMarkerAppearsInTheSampleText() {
    StringBuilder text = new StringBuilder();
    for (Object node : everyNode()) {
      if (node instanceof Paragraph p) {
        text.append(Inlines.plainText(p.content())).append('\n');
      } else if (node instanceof Section s) {
        text.append(s.titleText()).append('\n');
      } else if (node instanceof CodeBlock c) {
        text.append(c.code()).append('\n');
      } else if (node instanceof Callout c) {
        text.append(c.displayTitle()).append('\n');
      } else if (node instanceof Figure f) {
        text.append(Inlines.plainText(f.caption())).append('\n');
      } else if (node instanceof Table t) {
        text.append(Inlines.plainText(t.caption())).append('\n');
        t.body().forEach(row -> row.cells().forEach(
            cell -> text.append(Inlines.plainText(cell.content())).append('\n')));
      }
    }
    sample.articles().forEach(a -> text.append(a.title()).append('\n'));
    assertThat(Samples.markers().values()).allSatisfy(marker ->
        assertThat(text).contains(marker));
  }

  @Test
  void sampleIsTheSameEveryTime() {
    assertThat(Samples.everyNode()).isEqualTo(sample);
  }

  @Test
  void examplesDirComesFromTheSystemProperty(@TempDir Path dir) {
    withProperty(dir.toString(), () -> assertThat(Samples.examplesDir()).isEqualTo(dir));
    withProperty("", () -> assertThatThrownBy(Samples::examplesDir)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining(Samples.EXAMPLES_PROPERTY));
    withProperty(dir.resolve("missing").toString(), () ->
        assertThatThrownBy(Samples::examplesDir).hasMessageContaining("not a folder"));
  }

  private static void withProperty(String value, Runnable check) {
    String before = System.getProperty(Samples.EXAMPLES_PROPERTY);
    System.setProperty(Samples.EXAMPLES_PROPERTY, value);
    try {
      check.run();
    } finally {
      if (before == null) {
        System.clearProperty(Samples.EXAMPLES_PROPERTY);
      } else {
        System.setProperty(Samples.EXAMPLES_PROPERTY, before);
      }
    }
  }
}
