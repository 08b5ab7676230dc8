package dev.pamphlet.core.validate;

import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.Publication;

/**
 * The metadata a handout needs, per article after inheriting from the publication:
 * {@code metadata.title-missing} (error), {@code metadata.language-missing} (warning: exporters
 * can still write, but screen readers must guess), {@code metadata.language-invalid} (error).
 */
final class MetadataRule implements Rule {
  @Override
  public ModelListener start(Checking checking) {
    Publication publication = checking.publication();
    String bookletLanguage = publication.metadata().language();
    if (!bookletLanguage.isEmpty() && !LanguageTags.isWellFormed(bookletLanguage)) {
      checking.report(Severity.ERROR, ValidationCodes.METADATA_LANGUAGE_INVALID,
          invalidLanguage("the publication", bookletLanguage),
          checking.positionOf(publication.metadata()));
    }
    return new ModelListener() {
      @Override
      public void startArticle(Article article) {
        check(checking, article);
      }
    };
  }

  private static void check(Checking checking, Article article) {
    Metadata own = article.metadata();
    Metadata effective = checking.publication().effectiveMetadata(article);
    String name = "article '" + article.id() + "'";
    if (effective.title().isBlank()) {
      checking.error(ValidationCodes.METADATA_TITLE_MISSING,
          name + " has no title; add 'title:' to its front matter or a '# Title' heading",
          own, article);
    }
    if (effective.language().isEmpty()) {
      checking.warning(ValidationCodes.METADATA_LANGUAGE_MISSING,
          name + " has no language; add 'language: en' (a BCP 47 tag) to its front matter"
              + " or to the booklet manifest",
          own, article);
    } else if (!own.language().isEmpty() && !LanguageTags.isWellFormed(own.language())) {
      // Only the article's own tag: an inherited bad tag is reported once, on the publication.
      checking.error(ValidationCodes.METADATA_LANGUAGE_INVALID,
          invalidLanguage(name, own.language()), own, article);
    }
  }

  private static String invalidLanguage(String whose, String tag) {
    return whose + " has language '" + tag + "', which is not a BCP 47 tag;"
        + " write it like 'en', 'en-GB' or 'pt-BR'";
  }
}
