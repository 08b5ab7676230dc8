package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the booklet says about itself, with the fallbacks an EPUB needs (a package document
 * must have a title and a language even when the content, exported anyway, lacks them).
 * Internal: not part of the API.
 *
 * @param metadata the publication's metadata
 * @param title the title: the booklet's, else its only article's, else {@code "Untitled"}
 * @param language the language: the booklet's, else its first article's, else {@code "und"}
 *     (undetermined)
 * @param creators the booklet's authors, else every article's authors in order, once each
 * @param reviewed the latest review date of the booklet or its articles
 */
record BookFacts(Metadata metadata, String title, String language, List<String> creators,
    Optional<LocalDate> reviewed) {

  static BookFacts of(Publication publication) {
    Metadata metadata = publication.metadata();
    List<Article> articles = publication.articles();
    String title = metadata.title().strip();
    if (title.isEmpty() && articles.size() == 1) {
      title = articles.get(0).title().strip();
    }
    if (title.isEmpty()) {
      title = "Untitled";
    }
    String language = metadata.language();
    for (int i = 0; language.isBlank() && i < articles.size(); i++) {
      language = articles.get(i).metadata().language();
    }
    if (language.isBlank()) {
      language = "und";
    }
    Set<String> creators = new LinkedHashSet<>();
    metadata.authors().stream().filter(a -> !a.isBlank()).map(String::strip)
        .forEach(creators::add);
    if (creators.isEmpty()) {
      articles.forEach(article -> article.metadata().authors().stream()
          .filter(a -> !a.isBlank()).map(String::strip).forEach(creators::add));
    }
    return new BookFacts(metadata, title, language.strip(), List.copyOf(creators),
        ModifiedDate.latestReview(publication));
  }
}
