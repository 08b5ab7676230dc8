package dev.pamphlet.core.build;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.MetadataBuilder;
import dev.pamphlet.core.model.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Builds a {@link Publication}; get one from {@link Publication#builder()}. */
public final class PublicationBuilder {
  private final MetadataBuilder metadata = Metadata.builder();
  private final List<Article> articles = new ArrayList<>();
  private boolean numbered;

  public PublicationBuilder() {}

  public PublicationBuilder title(String title) {
    metadata.title(title);
    return this;
  }

  public PublicationBuilder language(String language) {
    metadata.language(language);
    return this;
  }

  public PublicationBuilder metadata(Consumer<MetadataBuilder> content) {
    content.accept(metadata);
    return this;
  }

  public PublicationBuilder article(Article article) {
    articles.add(article);
    return this;
  }

  public PublicationBuilder numbered(boolean numbered) {
    this.numbered = numbered;
    return this;
  }

  public Publication build() {
    return new Publication(metadata.build(), articles, numbered);
  }
}
