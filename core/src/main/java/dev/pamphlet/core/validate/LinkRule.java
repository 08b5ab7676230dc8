package dev.pamphlet.core.validate;

import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.NodeContext;

/**
 * Links a reader cannot safely follow: {@code link.unsafe-scheme} (error; see
 * {@link UrlPolicy}) and {@code link.empty-url} (error: a link that goes nowhere). The URLs of
 * an article's cited sources are held to the same policy.
 */
final class LinkRule implements Rule {
  @Override
  public ModelListener start(Checking checking) {
    for (Citation source : checking.publication().metadata().sources()) {
      if (!UrlPolicy.isSafe(source.url())) {
        checking.report(Severity.ERROR, ValidationCodes.LINK_UNSAFE_SCHEME,
            unsafe("the publication's source '" + source.text() + "'", source.url()),
            checking.positionOf(source));
      }
    }
    return new ModelListener() {
      @Override
      public void startArticle(Article article) {
        for (Citation source : article.metadata().sources()) {
          if (!UrlPolicy.isSafe(source.url())) {
            checking.error(ValidationCodes.LINK_UNSAFE_SCHEME,
                unsafe("the source '" + source.text() + "'", source.url()), source, article);
          }
        }
      }

      @Override
      public void inline(Inline inline, NodeContext context) {
        if (!(inline instanceof Link link)) {
          return;
        }
        if (link.url().isBlank()) {
          checking.error(ValidationCodes.LINK_EMPTY_URL,
              "a link has no URL; give it one, or write its text without a link", link,
              context.article());
        } else if (!UrlPolicy.isSafe(link.url())) {
          checking.error(ValidationCodes.LINK_UNSAFE_SCHEME, unsafe("a link", link.url()), link,
              context.article());
        }
      }
    };
  }

  private static String unsafe(String what, String url) {
    return what + " uses the scheme '" + UrlPolicy.normalisedScheme(url)
        + ":', which is not allowed (" + UrlPolicy.printable(url)
        + "); use http, https, mailto, tel or a relative link";
  }

}
