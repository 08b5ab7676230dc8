package dev.pamphlet.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The metadata a handout needs: a title and a well-formed language, after inheriting. */
class MetadataValidationTest {
  private static List<Diagnostic> validate(Metadata booklet, Metadata article) {
    return Validator.standard().validate(new Publication(booklet,
        List.of(new Article("a", article, List.of(Paragraph.of("x"))))));
  }

  private static Metadata meta(String title, String language) {
    return Metadata.builder().title(title).language(language).build();
  }

  @Test
  void articleWithoutTitleIsAnError() {
    assertThat(validate(meta("Booklet", "en"), meta("", ""))).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(ValidationCodes.METADATA_TITLE_MISSING);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.message()).contains("article 'a'", "title:");
    });
  }

  @Test
  void languageIsInheritedFromThePublication() {
    assertThat(validate(meta("Booklet", "en-GB"), meta("Article", ""))).isEmpty();
  }

  @Test
  void missingLanguageEverywhereIsAWarning() {
    assertThat(validate(meta("Booklet", ""), meta("Article", ""))).singleElement()
        .extracting(Diagnostic::code, Diagnostic::severity)
        .containsExactly(ValidationCodes.METADATA_LANGUAGE_MISSING, Severity.WARNING);
  }

  @Test
  void metadataProblemIsReportedWhereTheFrontMatterIs() {
    Metadata noTitle = meta("", "en");
    SourceMap map = SourceMap.builder().put(noTitle, new SourcePosition("a.md", 1, 1)).build();
    assertThat(Validator.standard().validate(new Publication(meta("B", "en"),
        List.of(new Article("a", noTitle, List.of(Paragraph.of("x"))))), map))
        .singleElement().extracting(Diagnostic::position)
        .isEqualTo(new SourcePosition("a.md", 1, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_US", "english language", "e", "en-", "123", "en--GB", "-en"})
  void malformedLanguageIsAnError(String tag) {
    assertThat(validate(meta("Booklet", "en"), meta("Article", tag))).singleElement()
        .satisfies(d -> {
          assertThat(d.code()).isEqualTo(ValidationCodes.METADATA_LANGUAGE_INVALID);
          assertThat(d.message()).contains("'" + tag + "'", "BCP 47");
        });
  }

  @Test
  void malformedPublicationLanguageIsReportedOnceNotPerArticle() {
    Publication publication = new Publication(meta("Booklet", "en_GB"), List.of(
        new Article("a", meta("A", ""), List.of(Paragraph.of("x"))),
        new Article("b", meta("B", ""), List.of(Paragraph.of("x")))));
    assertThat(Validator.standard().validate(publication)).extracting(Diagnostic::code)
        .containsExactly(ValidationCodes.METADATA_LANGUAGE_INVALID);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "en-GB", "pt-BR", "zh-Hant-TW", "es-419", "sr-Latn-RS",
      "de-CH-1996", "x-private", "en-US-x-clinic"})
  void wellFormedLanguageTagsPass(String tag) {
    assertThat(LanguageTags.isWellFormed(tag)).isTrue();
    assertThat(validate(meta("Booklet", "en"), meta("Article", tag))).isEmpty();
  }
}
