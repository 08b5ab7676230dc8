package dev.pamphlet.core.validate;

import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.Section;
import java.util.HashMap;
import java.util.Map;

/**
 * {@code id.duplicate}: article ids are unique in the publication and section ids unique in
 * their article, or cross-references become ambiguous (the index keeps the first).
 */
final class DuplicateIdRule implements Rule {
  @Override
  public ModelListener start(Checking checking) {
    Map<String, SourcePosition> articles = new HashMap<>();
    Map<String, SourcePosition> sections = new HashMap<>();
    return new ModelListener() {
      @Override
      public void startArticle(Article article) {
        sections.clear();
        SourcePosition here = checking.positionOf(article, article);
        SourcePosition first = articles.putIfAbsent(article.id(), here);
        if (first != null) {
          checking.error(ValidationCodes.ID_DUPLICATE, "article id '" + article.id()
              + "' is already used" + where(first) + "; give each article its own id",
              article, article);
        }
      }

      @Override
      public void block(Block block, NodeContext context) {
        if (block instanceof Section section) {
          Article article = context.article();
          SourcePosition here = checking.positionOf(section, article);
          SourcePosition first = sections.putIfAbsent(section.id(), here);
          if (first != null) {
            checking.error(ValidationCodes.ID_DUPLICATE, "section id '" + section.id()
                + "' is already used in article '" + article.id() + "'" + where(first)
                + "; give the section its own id with {#another-id}", section, article);
          }
        }
      }
    };
  }

  private static String where(SourcePosition first) {
    if (first.line() > 0) {
      return " at " + first;
    }
    return first.file().isEmpty() ? "" : " in " + first.file();
  }
}
