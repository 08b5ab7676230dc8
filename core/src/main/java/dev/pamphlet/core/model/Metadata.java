package dev.pamphlet.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What is known about an article or a publication. Typed fields, not an open map; text fields
 * use {@code ""} for "not given".
 *
 * @param title the title ({@code ""} only while content is incomplete; the validator reports it)
 * @param subtitle a subtitle
 * @param summary a one- or two-sentence summary: what the reader will learn
 * @param authors the authors, in order
 * @param language the BCP 47 language tag ({@code "en"}, {@code "pt-BR"})
 * @param organization who publishes it
 * @param reviewed when the content was last reviewed
 * @param nextReview when it is due for review
 * @param keywords keywords for search and metadata
 * @param sources the sources it is based on
 * @param cover the cover image's location, for booklets ({@code ""} for none)
 */
public record Metadata(
    String title,
    String subtitle,
    String summary,
    List<String> authors,
    String language,
    Organization organization,
    Optional<LocalDate> reviewed,
    Optional<LocalDate> nextReview,
    List<String> keywords,
    List<Citation> sources,
    String cover) {

  /** Metadata with nothing given. */
  public static final Metadata EMPTY =
      new Metadata("", "", "", List.of(), "", Organization.NONE, Optional.empty(),
          Optional.empty(), List.of(), List.of(), "");

  public Metadata {
    Checks.text(title, "title");
    Checks.text(subtitle, "subtitle");
    Checks.text(summary, "summary");
    authors = List.copyOf(authors);
    Checks.text(language, "language");
    Checks.present(organization, "organization");
    Checks.present(reviewed, "reviewed");
    Checks.present(nextReview, "nextReview");
    keywords = List.copyOf(keywords);
    sources = List.copyOf(sources);
    Checks.text(cover, "cover");
  }

  /** A builder starting from nothing. */
  public static MetadataBuilder builder() {
    return new MetadataBuilder(EMPTY);
  }

  /** A builder starting from this metadata. */
  public MetadataBuilder toBuilder() {
    return new MetadataBuilder(this);
  }

  /**
   * This metadata with every field it leaves empty taken from {@code defaults}: how an article
   * inherits language and organization from its publication.
   */
  public Metadata withDefaults(Metadata defaults) {
    return new Metadata(
        title.isEmpty() ? defaults.title : title,
        subtitle.isEmpty() ? defaults.subtitle : subtitle,
        summary.isEmpty() ? defaults.summary : summary,
        authors.isEmpty() ? defaults.authors : authors,
        language.isEmpty() ? defaults.language : language,
        organization.isPresent() ? organization : defaults.organization,
        reviewed.isPresent() ? reviewed : defaults.reviewed,
        nextReview.isPresent() ? nextReview : defaults.nextReview,
        keywords.isEmpty() ? defaults.keywords : keywords,
        sources.isEmpty() ? defaults.sources : sources,
        cover.isEmpty() ? defaults.cover : cover);
  }
}
