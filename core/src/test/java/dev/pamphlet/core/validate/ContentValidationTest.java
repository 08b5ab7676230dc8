package dev.pamphlet.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Figures, sections and the publication itself: what a reader would find broken. */
class ContentValidationTest {
  private static final Metadata META = Metadata.builder().title("T").language("en").build();

  private static List<Diagnostic> validate(Block... blocks) {
    return Validator.standard().validate(Publication.of(new Article("a", META, List.of(blocks))));
  }

  @Test
  void figureWithoutAltTextIsAnError() {
    assertThat(validate(new Figure("room.png", " ", List.of()))).singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(ValidationCodes.FIGURE_ALT_MISSING);
          assertThat(d.severity()).isEqualTo(Severity.ERROR);
          assertThat(d.message()).contains("room.png", "![");
        });
  }

  @Test
  void figureWithoutSourceIsAnError() {
    assertThat(validate(new Figure("", "A room", List.of()))).extracting(Diagnostic::code)
        .containsExactly(ValidationCodes.FIGURE_SOURCE_MISSING);
  }

  @Test
  void figureInsideAListItemIsCheckedToo() {
    Article article = Article.builder("a").title("T").language("en")
        .bulletList(l -> l.itemBlocks(b -> b.figure("x.png", ""))).build();
    assertThat(Validator.standard().validate(Publication.of(article)))
        .extracting(Diagnostic::code).containsExactly(ValidationCodes.FIGURE_ALT_MISSING);
  }

  @Test
  void emptySectionIsAWarningAtItsPosition() {
    Section empty = new Section("later", List.of(new Text("Later")), List.of());
    SourceMap map = SourceMap.builder().put(empty, new SourcePosition("a.md", 9, 1)).build();
    assertThat(Validator.standard().validate(Publication.of(new Article("a", META,
        List.of(empty))), map)).singleElement().satisfies(d -> {
          assertThat(d.code()).isEqualTo(ValidationCodes.SECTION_EMPTY);
          assertThat(d.severity()).isEqualTo(Severity.WARNING);
          assertThat(d.toString()).startsWith("a.md:9:1: warning: section 'later'");
        });
  }

  @Test
  void sectionHoldingOnlySubSectionsIsNotEmpty() {
    Section inner = new Section("inner", List.of(new Text("Inner")),
        List.of(Paragraph.of("x")));
    assertThat(validate(new Section("outer", List.of(new Text("Outer")), List.of(inner))))
        .isEmpty();
  }

  @Test
  void untitledSectionIsAWarning() {
    assertThat(validate(new Section("section", List.of(new Text("  ")),
        List.of(Paragraph.of("x"))))).extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(ValidationCodes.SECTION_UNTITLED,
            Severity.WARNING));
  }

  @Test
  void publicationWithNoArticlesIsAnError() {
    assertThat(Validator.standard().validate(new Publication(META, List.of())))
        .extracting(Diagnostic::code).containsExactly(ValidationCodes.PUBLICATION_EMPTY);
  }
}
