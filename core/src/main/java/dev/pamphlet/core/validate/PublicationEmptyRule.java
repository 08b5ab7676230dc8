package dev.pamphlet.core.validate;

import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.Publication;

/** {@code publication.empty}: a publication needs at least one article to export. */
final class PublicationEmptyRule implements Rule {
  @Override
  public ModelListener start(Checking checking) {
    Publication publication = checking.publication();
    if (publication.articles().isEmpty()) {
      checking.report(Severity.ERROR, ValidationCodes.PUBLICATION_EMPTY,
          "the publication has no articles; give it at least one Markdown or JSON article",
          checking.positionOf(publication));
    }
    return new ModelListener() {};
  }
}
