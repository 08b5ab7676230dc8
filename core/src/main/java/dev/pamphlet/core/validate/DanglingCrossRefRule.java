package dev.pamphlet.core.validate;

import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.xref.Index;
import dev.pamphlet.core.xref.Target;
import java.util.List;

/**
 * {@code xref.dangling}: a cross-reference must point at an article or section that exists.
 * The message says what exists nearby, so a typo is a one-line fix.
 */
final class DanglingCrossRefRule implements Rule {
  /** How many existing ids a message lists when none is close to the one written. */
  private static final int LISTED = 5;

  @Override
  public ModelListener start(Checking checking) {
    Index index = checking.index();
    return new ModelListener() {
      @Override
      public void inline(Inline inline, NodeContext context) {
        if (inline instanceof CrossRef ref && index.resolve(ref).isEmpty()) {
          checking.error(ValidationCodes.XREF_DANGLING, message(index, ref), ref,
              context.article());
        }
      }
    };
  }

  private static String message(Index index, CrossRef ref) {
    if (index.article(ref.article()).isEmpty()) {
      List<String> articles = index.targets().stream().filter(Target::isArticle)
          .map(Target::article).toList();
      return "cross-reference to article '" + ref.article() + "', which does not exist; "
          + nearby(ref.article(), articles, "the articles are", "there are no articles");
    }
    List<String> sections = index.sections(ref.article()).stream().map(Target::section)
        .toList();
    return "cross-reference to section '" + ref.section() + "' of article '" + ref.article()
        + "', which has no such section; "
        + nearby(ref.section(), sections, "its sections are", "it has no sections");
  }

  private static String nearby(String wanted, List<String> existing, String listIntro,
      String none) {
    return Suggestions.closest(wanted, existing)
        .map(id -> "did you mean '" + id + "'?")
        .orElseGet(() -> existing.isEmpty() ? none : listIntro + " " + list(existing));
  }

  private static String list(List<String> ids) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < Math.min(ids.size(), LISTED); i++) {
      out.append(i == 0 ? "" : ", ").append('\'').append(ids.get(i)).append('\'');
    }
    if (ids.size() > LISTED) {
      out.append(" and ").append(ids.size() - LISTED).append(" more");
    }
    return out.toString();
  }
}
