package dev.pamphlet.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Organization;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ManifestReaderTest {
  private static ReadResult<BookletManifest> read(String yaml) {
    return ManifestReader.read("book/booklet.yaml", yaml);
  }

  private static List<String> files(BookletManifest manifest) {
    return manifest.articles().stream().map(BookletManifest.Entry::file).toList();
  }

  @Test
  void everyMetadataKeyIsRead() {
    ReadResult<BookletManifest> result = read("""
        title: Healing and the Brain
        subtitle: A patient guide
        summary: >-
          Three short guides
          from our clinic.
        authors:
          - Care Team
          - Dr. Lee
        language: en
        organization:
          name: Willow Creek Clinic
          contact: "(555) 014-2380"
        reviewed: 2026-10-01
        next-review: 2027-10-01
        keywords: [ketamine, depression]
        sources:
          - text: NIMH. Depression.
            url: https://www.nimh.nih.gov/health/topics/depression
          - A book without a link
        cover: images/cover.png
        numbered: true
        """);

    assertThat(result.diagnostics()).isEmpty();
    Metadata metadata = result.value().metadata();
    assertThat(metadata.title()).isEqualTo("Healing and the Brain");
    assertThat(metadata.subtitle()).isEqualTo("A patient guide");
    assertThat(metadata.summary()).isEqualTo("Three short guides from our clinic.");
    assertThat(metadata.authors()).containsExactly("Care Team", "Dr. Lee");
    assertThat(metadata.language()).isEqualTo("en");
    assertThat(metadata.organization())
        .isEqualTo(new Organization("Willow Creek Clinic", "(555) 014-2380"));
    assertThat(metadata.reviewed()).contains(LocalDate.of(2026, 10, 1));
    assertThat(metadata.nextReview()).contains(LocalDate.of(2027, 10, 1));
    assertThat(metadata.keywords()).containsExactly("ketamine", "depression");
    assertThat(metadata.sources()).containsExactly(
        new Citation("NIMH. Depression.", "https://www.nimh.nih.gov/health/topics/depression"),
        new Citation("A book without a link", ""));
    assertThat(metadata.cover()).isEqualTo("images/cover.png");
    assertThat(result.value().numbered()).isTrue();
  }

  @Test
  void articlesKeepTheManifestOrderWithTheirLines() {
    ReadResult<BookletManifest> result = read("""
        title: T
        articles:
          - zebra.md
          - apple.md
          - middle.json
        """);

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.value().articles()).containsExactly(
        new BookletManifest.Entry("zebra.md", new SourcePosition("book/booklet.yaml", 3, 5)),
        new BookletManifest.Entry("apple.md", new SourcePosition("book/booklet.yaml", 4, 5)),
        new BookletManifest.Entry("middle.json", new SourcePosition("book/booklet.yaml", 5, 5)));
  }

  @Test
  void anOrganizationMayBeJustAName() {
    BookletManifest manifest = read("organization: Willow Creek Clinic\n").value();

    assertThat(manifest.metadata().organization())
        .isEqualTo(new Organization("Willow Creek Clinic", ""));
  }

  @Test
  void numberedIsFalseUnlessSaid() {
    assertThat(read("title: T\n").value().numbered()).isFalse();
    assertThat(read("numbered: false\n").value().numbered()).isFalse();
  }

  @Test
  void anEmptyManifestGivesNothingAndNoProblem() {
    ReadResult<BookletManifest> result = read("");

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.value()).isEqualTo(BookletManifest.NONE);
  }

  @Test
  void unknownKeyIsAWarningAtItsLine() {
    ReadResult<BookletManifest> result = read("""
        title: T
        titel: typo
        organization:
          name: Clinic
          phone: "555"
        """);

    assertThat(result.diagnostics()).extracting(Diagnostic::code, Diagnostic::severity,
            d -> d.position().line())
        .containsExactly(
            tuple(LoadCodes.UNKNOWN_KEY, Severity.WARNING, 2),
            tuple(LoadCodes.UNKNOWN_KEY, Severity.WARNING, 5));
    assertThat(result.diagnostics().get(0).message()).contains("'titel'");
    assertThat(result.value().metadata().title()).isEqualTo("T");
  }

  @Test
  void plainLanguageRulesAreLeftToTheReadabilityRules() {
    ReadResult<BookletManifest> result = read("""
        title: T
        plain-language:
          target-grade: 6
        """);

    assertThat(result.diagnostics()).isEmpty();
  }

  @Test
  void badDateIsAnErrorWithFileAndLineAndTheRestStillCounts() {
    ReadResult<BookletManifest> result = read("""
        title: T
        reviewed: last spring
        language: en
        """);

    assertThat(result.diagnostics()).hasSize(1);
    Diagnostic problem = result.diagnostics().get(0);
    assertThat(problem.code()).isEqualTo(LoadCodes.BAD_VALUE);
    assertThat(problem.toString())
        .startsWith("book/booklet.yaml:2:").contains("error: 'reviewed' should be a date");
    assertThat(result.value().metadata().reviewed()).isEqualTo(Optional.empty());
    assertThat(result.value().metadata().language()).isEqualTo("en");
  }

  @Test
  void valuesOfTheWrongKindAreErrorsAtTheirLines() {
    ReadResult<BookletManifest> result = read("""
        title: [not, text]
        numbered: sometimes
        articles: intro.md
        sources:
          - url: https://example.org
        """);

    assertThat(result.diagnostics()).extracting(Diagnostic::code, d -> d.position().line())
        .containsExactly(
            tuple(LoadCodes.BAD_VALUE, 1),
            tuple(LoadCodes.BAD_VALUE, 2),
            tuple(LoadCodes.BAD_VALUE, 3),
            tuple(LoadCodes.BAD_VALUE, 5));
    assertThat(result.hasErrors()).isTrue();
  }

  @Test
  void anArticleThatIsNotAFileNameIsAnErrorAndTheOthersStay() {
    ReadResult<BookletManifest> result = read("""
        articles:
          - one.md
          - {file: two.md}
          - three.md
        """);

    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.position().line()).isEqualTo(3));
    assertThat(files(result.value())).containsExactly("one.md", "three.md");
  }

  @Test
  void repeatedKeyIsAnErrorAndTheFirstWins() {
    ReadResult<BookletManifest> result = read("""
        title: First
        title: Second
        """);

    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(LoadCodes.DUPLICATE_KEY);
      assertThat(d.position().line()).isEqualTo(2);
    });
    assertThat(result.value().metadata().title()).isEqualTo("First");
  }

  @Test
  void malformedYamlIsOneErrorWithItsLineAndAnEmptyManifest() {
    ReadResult<BookletManifest> result = read("""
        title: T
        articles:
          - one.md
         - two.md
        """);

    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(LoadCodes.SYNTAX);
      assertThat(d.isError()).isTrue();
      assertThat(d.position().file()).isEqualTo("book/booklet.yaml");
      assertThat(d.position().line()).isEqualTo(4);
      assertThat(d.message()).contains("not valid YAML");
    });
    assertThat(result.value().articles()).isEmpty();
  }

  @Test
  void aManifestThatIsNotAMappingIsAnError() {
    ReadResult<BookletManifest> result = read("- one.md\n- two.md\n");

    assertThat(result.diagnostics()).singleElement()
        .satisfies(d -> assertThat(d.code()).isEqualTo(LoadCodes.BAD_VALUE));
  }
}
