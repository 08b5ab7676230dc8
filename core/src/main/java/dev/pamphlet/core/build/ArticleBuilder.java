package dev.pamphlet.core.build;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.MetadataBuilder;
import java.util.function.Consumer;

/**
 * Builds an {@link Article} in code; get one from {@link Article#builder(String)}. Section ids
 * are assigned at {@link #build()}: explicit ids as given, other sections the slug of their
 * title, made unique in document order. Not thread-safe; the article it builds is immutable.
 */
public final class ArticleBuilder extends BlocksBuilder<ArticleBuilder> {
  private final String id;
  private final MetadataBuilder metadata = Metadata.builder();

  public ArticleBuilder(String id) {
    this.id = Ids.requireValid(id);
  }

  public ArticleBuilder title(String title) {
    metadata.title(title);
    return this;
  }

  public ArticleBuilder summary(String summary) {
    metadata.summary(summary);
    return this;
  }

  public ArticleBuilder language(String language) {
    metadata.language(language);
    return this;
  }

  /** Sets any other metadata field. */
  public ArticleBuilder metadata(Consumer<MetadataBuilder> content) {
    content.accept(metadata);
    return this;
  }

  public Article build() {
    return new Article(id, metadata.build(), buildBlocks(Ids.allocator()));
  }
}
