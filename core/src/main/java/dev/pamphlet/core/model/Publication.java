package dev.pamphlet.core.model;

import dev.pamphlet.core.build.PublicationBuilder;
import java.util.List;

/**
 * A booklet: metadata and its articles, in reading order. The unit every exporter takes.
 *
 * @param metadata the booklet's title, organization, language and the rest
 * @param articles the articles in order; ids unique (the validator reports repeats)
 * @param numbered whether articles and sections carry numbers ("2.1") in every output
 */
public record Publication(Metadata metadata, List<Article> articles, boolean numbered) {
  public Publication {
    Checks.present(metadata, "metadata");
    articles = List.copyOf(articles);
  }

  /** An unnumbered publication. */
  public Publication(Metadata metadata, List<Article> articles) {
    this(metadata, articles, false);
  }

  /** A publication holding one article, with the article's metadata. */
  public static Publication of(Article article) {
    return new Publication(article.metadata(), List.of(article));
  }

  /** An article's metadata with empty fields filled from the publication's. */
  public Metadata effectiveMetadata(Article article) {
    return article.metadata().withDefaults(
        new Metadata("", "", "", List.of(), metadata.language(), metadata.organization(),
            metadata.reviewed(), metadata.nextReview(), List.of(), List.of(), ""));
  }

  /** Starts a publication in code. */
  public static PublicationBuilder builder() {
    return new PublicationBuilder();
  }
}
