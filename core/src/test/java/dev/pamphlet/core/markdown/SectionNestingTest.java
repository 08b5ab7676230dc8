package dev.pamphlet.core.markdown;

import static dev.pamphlet.core.markdown.Markdown.blocks;
import static dev.pamphlet.core.markdown.Markdown.problems;
import static dev.pamphlet.core.markdown.Markdown.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class SectionNestingTest {
  @Test
  void firstLevelOneHeadingIsTheTitleWhenFrontMatterHasNone() {
    Article article = read("# Sleep and mood\n\nIntro.\n\n## Why sleep matters\n").value();

    assertThat(article.title()).isEqualTo("Sleep and mood");
    assertThat(article.blocks()).containsExactly(Paragraph.of("Intro."),
        new Section("why-sleep-matters", List.of(new Text("Why sleep matters")), List.of()));
  }

  @Test
  void footnoteInTheArticleTitleIsReportedBecauseATitleIsPlainText() {
    String markdown = "# Sleep[^1]\n\n[^1]: Note.\n";

    assertThat(read(markdown).value().title()).isEqualTo("Sleep");
    assertThat(problems(markdown)).containsExactly("markdown.unsupported@1:1");
  }

  @Test
  void headingsNestByLevelAndCloseAtTheNextHeadingOfTheSameOrHigherLevel() {
    List<Block> blocks = blocks("""
        # Title
        ## A
        a
        ### A1
        a1
        ## B
        b
        """);

    assertThat(blocks).containsExactly(
        section("a", "A", Paragraph.of("a"), section("a1", "A1", Paragraph.of("a1"))),
        section("b", "B", Paragraph.of("b")));
  }

  @Test
  void withAFrontMatterTitleLevelOneHeadingsAreTopLevelSections() {
    List<Block> blocks = blocks("---\ntitle: T\n---\n# A\n## A1\n# B\n");

    assertThat(blocks).containsExactly(section("a", "A", section("a1", "A1")),
        section("b", "B"));
  }

  @Test
  void withAFrontMatterTitleTheHighestHeadingLevelUsedIsTheTopLevel() {
    String markdown = "---\ntitle: T\n---\n## A\n### A1\n## B\n";

    assertThat(blocks(markdown)).containsExactly(section("a", "A", section("a1", "A1")),
        section("b", "B"));
    assertThat(problems(markdown)).isEmpty();
  }

  @Test
  void skippedLevelIsNestedUnderTheCurrentSectionAndReportedWithPosition() {
    String markdown = "# Title\n## A\n#### Deep\ntext\n";

    assertThat(blocks(markdown)).containsExactly(
        section("a", "A", section("deep", "Deep", Paragraph.of("text"))));
    assertThat(problems(markdown)).containsExactly("heading.skipped-level@3:1");
  }

  @Test
  void firstSectionSkippingALevelBelowTheTitleIsReported() {
    assertThat(problems("# Title\n### Too deep\n")).containsExactly("heading.skipped-level@2:1");
  }

  @Test
  void sectionIdsAreGitHubSlugsMadeUniqueInDocumentOrder() {
    List<Block> blocks = blocks("# T\n## Side effects & risks\n## Questions?\n## Questions?\n");

    assertThat(blocks).extracting(b -> ((Section) b).id())
        .containsExactly("side-effects--risks", "questions", "questions-1");
  }

  @Test
  void explicitIdIsUsedAndClaimedBeforeSlugsAreMade() {
    List<Block> blocks = blocks("# T\n## Dosing\n## How much {#dosing}\n");

    assertThat(blocks).extracting(b -> ((Section) b).id()).containsExactly("dosing-1", "dosing");
    assertThat(((Section) blocks.get(1)).titleText()).isEqualTo("How much");
  }

  @Test
  void duplicateExplicitIdIsAnErrorAndTheSecondSectionGetsItsSlug() {
    String markdown = "# T\n## One {#x}\n## Two {#x}\n";

    assertThat(blocks(markdown)).extracting(b -> ((Section) b).id()).containsExactly("x", "two");
    assertThat(problems(markdown)).containsExactly("id.duplicate@3:1");
  }

  @Test
  void explicitIdThatIsNotUsableIsAnErrorAndTheSlugIsUsed() {
    String markdown = "# T\n## Risks {#risks/serious}\n## Dose {id=\"two words\"}\n";

    assertThat(blocks(markdown)).extracting(b -> ((Section) b).id())
        .containsExactly("risks", "dose");
    assertThat(problems(markdown)).containsExactly("id.invalid@2:1", "id.invalid@3:1");
  }

  @Test
  void attributeBlockWithoutAnIdStaysInTheTitle() {
    Section section = (Section) blocks("# T\n## Dose {2 mg}\n").get(0);

    assertThat(section.titleText()).isEqualTo("Dose {2 mg}");
  }

  @Test
  void headingMarkupIsKeptInTheSectionTitle() {
    Section section = (Section) blocks("# T\n## Before *each* session\n").get(0);

    assertThat(section.title()).containsExactly(new Text("Before "),
        new Emphasis(List.of(new Text("each"))), new Text(" session"));
  }

  @Test
  void headingInsideAListIsBoldTextAndReported() {
    assertThat(problems("- ## Not a section\n")).containsExactly("heading.nested@1:3");
    assertThat(ModelText.of(read("- ## Not a section\n").value())).contains("Not a section");
  }

  private static Section section(String id, String title, Block... blocks) {
    return new Section(id, List.of(new Text(title)), List.of(blocks));
  }
}
