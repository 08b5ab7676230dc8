package dev.pamphlet.core.validate;

import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.NodeContext;
import java.util.Optional;

/**
 * Links a reader cannot safely follow: {@code link.unsafe-scheme} (error; see
 * {@link UrlPolicy}), {@code link.malformed-url} (error: a URL no browser can follow, see
 * {@link UrlPolicy#malformation}) and {@code link.empty-url} (error: a link that goes
 * nowhere). The URLs of an article's cited sources are held to the same policy.
 */
final class LinkRule implements Rule {
  @Override
  public ModelListener start(Checking checking) {
    for (Citation source : checking.publication().metadata().sources()) {
      problem("the publication's source '" + source.text() + "'", source.url())
          .ifPresent(problem -> checking.report(Severity.ERROR, problem.code(),
              problem.message(), checking.positionOf(source)));
    }
    return new ModelListener() {
      @Override
      public void startArticle(Article article) {
        for (Citation source : article.metadata().sources()) {
          problem("the source '" + source.text() + "'", source.url()).ifPresent(problem ->
              checking.error(problem.code(), problem.message(), source, article));
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
        } else {
          problem("a link", link.url()).ifPresent(problem ->
              checking.error(problem.code(), problem.message(), link, context.article()));
        }
      }
    };
  }

  /** What is wrong with {@code url}, if anything; {@code what} names its owner in the message. */
  private static Optional<Problem> problem(String what, String url) {
    if (!UrlPolicy.isSafe(url)) {
      return Optional.of(new Problem(ValidationCodes.LINK_UNSAFE_SCHEME, unsafe(what, url)));
    }
    return UrlPolicy.malformation(url).map(why -> new Problem(ValidationCodes.LINK_MALFORMED_URL,
        what + " points to '" + UrlPolicy.printable(url) + "', which no browser can open: "
            + why + "; check the address for typos"));
  }

  private record Problem(String code, String message) {}

  private static String unsafe(String what, String url) {
    return what + " uses the scheme '" + UrlPolicy.normalisedScheme(url)
        + ":', which is not allowed (" + UrlPolicy.printable(url)
        + "); use http, https, mailto, tel or a relative link";
  }

}
