package dev.pamphlet.core.markdown;

import static dev.pamphlet.core.markdown.Markdown.problems;
import static dev.pamphlet.core.markdown.Markdown.read;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Organization;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FrontMatterTest {
  @Test
  void everyKnownKeyFillsItsMetadataField() {
    Metadata metadata = read("""
        ---
        title: Ketamine-assisted therapy
        subtitle: What to expect
        summary: How a session goes.
        authors: [Ana Ruiz, Ben Okafor]
        language: en-GB
        organization: {name: Riverside Clinic, contact: "0161 555 0100"}
        reviewed: 2026-03-01
        next-review: 2027-03-01
        keywords: [ketamine, therapy]
        sources:
          - NICE guideline NG222
          - {text: "Depression in adults", url: "https://example.org/ng222"}
        cover: cover.jpg
        ---
        Body.
        """).value().metadata();

    assertThat(metadata).isEqualTo(new Metadata("Ketamine-assisted therapy", "What to expect",
        "How a session goes.", List.of("Ana Ruiz", "Ben Okafor"), "en-GB",
        new Organization("Riverside Clinic", "0161 555 0100"),
        Optional.of(LocalDate.of(2026, 3, 1)), Optional.of(LocalDate.of(2027, 3, 1)),
        List.of("ketamine", "therapy"),
        List.of(new Citation("NICE guideline NG222", ""),
            new Citation("Depression in adults", "https://example.org/ng222")),
        "cover.jpg"));
  }

  @Test
  void singleAuthorLangAliasOrganizationNameAndCommaKeywordsAreAccepted() {
    Metadata metadata = read("""
        ---
        authors: Ana Ruiz
        lang: pt-BR
        organization: Riverside Clinic
        keywords: sleep, mood
        ---
        """).value().metadata();

    assertThat(metadata.authors()).containsExactly("Ana Ruiz");
    assertThat(metadata.language()).isEqualTo("pt-BR");
    assertThat(metadata.organization()).isEqualTo(new Organization("Riverside Clinic", ""));
    assertThat(metadata.keywords()).containsExactly("sleep", "mood");
  }

  @Test
  void articleIdComesFromFrontMatterElseFromTheFileName() {
    assertThat(read("---\nid: after-care\n---\n").value().id()).isEqualTo("after-care");
    assertThat(Markdown.READER.read("docs/side-effects.md", "Text.").value().id())
        .isEqualTo("side-effects");
  }

  @Test
  void fileNameThatIsNoValidIdIsSlugged() {
    assertThat(Markdown.READER.read("docs/Side Effects.md", "Text.").value().id())
        .isEqualTo("side-effects");
  }

  @Test
  void invalidIdInFrontMatterIsAnErrorAndTheFileNameIsUsed() {
    ReadResult<Article> result = read("---\nid: after care\n---\n");

    assertThat(result.value().id()).isEqualTo("guide");
    assertThat(problems("---\nid: after care\n---\n"))
        .containsExactly("frontmatter.invalid-value@2:1");
  }

  @Test
  void unknownKeyIsAWarningWithItsLine() {
    List<Diagnostic> diagnostics = read("""
        ---
        title: Sleep
        colour: blue
        ---
        """).diagnostics();

    assertThat(diagnostics).hasSize(1);
    assertThat(diagnostics.get(0).toString())
        .startsWith("guide.md:3:1: warning: unknown front matter key 'colour'")
        .endsWith("[frontmatter.unknown-key]");
  }

  @Test
  void badDateIsAnErrorWithItsLineAndTheDateIsLeftEmpty() {
    String markdown = "---\ntitle: Sleep\nreviewed: 2026-02-30\n---\n";

    assertThat(problems(markdown)).containsExactly("frontmatter.invalid-value@3:1");
    assertThat(read(markdown).value().metadata().reviewed()).isEmpty();
  }

  @Test
  void sourceWithoutTextIsAnError() {
    assertThat(problems("---\nsources:\n  - {url: \"https://x.org\"}\n---\n"))
        .containsExactly("frontmatter.invalid-value@2:1");
  }

  @Test
  void brokenYamlIsAnErrorAndTheBodyIsStillRead() {
    ReadResult<Article> result = read("---\ntitle: [unclosed\n---\nStill here.\n");

    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactly("frontmatter.invalid");
    assertThat(result.diagnostics().get(0).position().line()).isBetween(2, 3);
    assertThat(ModelText.of(result.value())).contains("Still here.");
  }

  @Test
  void leadingRuleBlockThatIsNotKeyValuePairsIsReadAsMarkdown() {
    ReadResult<Article> result = read("---\nFoo\n---\nBar\n");

    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .doesNotContain("frontmatter.invalid");
    assertThat(ModelText.of(result.value())).contains("Foo").contains("Bar");
  }

  @Test
  void frontMatterTitleWinsOverTheFirstHeading() {
    Article article = read("---\ntitle: Sleep\n---\n# Rest\n").value();

    assertThat(article.title()).isEqualTo("Sleep");
    assertThat(article.blocks()).hasSize(1);
  }
}
