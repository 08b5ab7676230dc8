package dev.pamphlet.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code id.duplicate}: article ids unique in the publication, section ids in the article. */
class IdValidationTest {
  private static final Metadata META = Metadata.builder().title("T").language("en").build();

  private static Section section(String id) {
    return new Section(id, List.of(new Text("Title")), List.of(Paragraph.of("x")));
  }

  @Test
  void repeatedArticleIdIsReportedAtTheSecondArticleNamingTheFirst() {
    Article first = new Article("care", META, List.of(Paragraph.of("one")));
    Article second = new Article("care", META, List.of(Paragraph.of("two")));
    SourceMap map = SourceMap.builder()
        .put(first, new SourcePosition("a.md", 1, 1))
        .put(second, new SourcePosition("b.md", 1, 1)).build();
    List<Diagnostic> found = Validator.standard().validate(
        new Publication(META, List.of(first, second)), map);
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(ValidationCodes.ID_DUPLICATE);
      assertThat(d.isError()).isTrue();
      assertThat(d.position()).isEqualTo(new SourcePosition("b.md", 1, 1));
      assertThat(d.message()).contains("article id 'care'", "a.md:1:1");
    });
  }

  @Test
  void repeatedSectionIdWithinAnArticleIsReported() {
    Section first = section("risks");
    Section nested = new Section("outer", List.of(new Text("Outer")), List.of(section("risks")));
    List<Diagnostic> found = Validator.standard().validate(Publication.of(
        new Article("a", META, List.of(first, nested))));
    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(ValidationCodes.ID_DUPLICATE);
      assertThat(d.message()).contains("section id 'risks'", "article 'a'", "{#");
    });
  }

  @Test
  void sameSectionIdInTwoArticlesIsFine() {
    Publication publication = new Publication(META, List.of(
        new Article("a", META, List.of(section("risks"))),
        new Article("b", META, List.of(section("risks")))));
    assertThat(Validator.standard().validate(publication)).isEmpty();
  }

  @Test
  void sectionIdEqualToAnArticleIdIsFine() {
    Publication publication = new Publication(META, List.of(
        new Article("risks", META, List.of(section("risks")))));
    assertThat(Validator.standard().validate(publication)).isEmpty();
  }
}
