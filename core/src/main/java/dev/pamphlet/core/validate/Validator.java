package dev.pamphlet.core.validate;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.ModelWalker;
import dev.pamphlet.core.model.Nesting;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a publication in one pass and reports every problem as a {@link Diagnostic}; never
 * throws on content. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<Diagnostic> problems = Validator.standard().validate(publication, sourceMap);
 * }</pre>
 *
 * <p>The codes it reports are listed in {@link ValidationCodes}. Each diagnostic carries the
 * position of the node at fault from the source map, or else the file of its article.
 */
public final class Validator {
  private static final Validator STANDARD = new Validator(List.of(
      new PublicationEmptyRule(),
      new MetadataRule(),
      new DuplicateIdRule(),
      new DanglingCrossRefRule(),
      new FigureRule(),
      new EmptySectionRule(),
      new UntitledSectionRule(),
      new LinkRule()));

  private final List<Rule> rules;

  private Validator(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** The validator with every standard rule. */
  public static Validator standard() {
    return STANDARD;
  }

  /** Every problem in content built in code (no source positions). */
  public List<Diagnostic> validate(Publication publication) {
    return validate(publication, SourceMap.EMPTY);
  }

  /** Every problem in {@code publication}, in reading order (file, line, column). */
  public List<Diagnostic> validate(Publication publication, SourceMap sourceMap) {
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(sourceMap, "sourceMap");
    // The rules walk the model recursively: an article nested too deeply is reported and
    // left out, so no rule (and no index) ever descends into it.
    List<Diagnostic> tooDeep = new ArrayList<>();
    List<Article> walkable = new ArrayList<>();
    for (Article article : publication.articles()) {
      Nesting.tooDeep(article).ifPresentOrElse(
          path -> tooDeep.add(tooDeep(article, path, sourceMap)), () -> walkable.add(article));
    }
    Publication checked = tooDeep.isEmpty() ? publication
        : new Publication(publication.metadata(), walkable, publication.numbered());
    Checking checking = new Checking(publication, checked, sourceMap);
    List<ModelListener> listeners = new ArrayList<>(rules.size());
    for (Rule rule : rules) {
      listeners.add(rule.start(checking));
    }
    ModelWalker.walk(checked, new FanOut(listeners));
    checking.found().addAll(tooDeep);
    return checking.found().stream().sorted().distinct().toList();
  }

  private static Diagnostic tooDeep(Article article, List<Object> path, SourceMap sourceMap) {
    SourcePosition at = sourceMap.positionOfLast(path, sourceMap.positionOf(article,
        article.id()));
    return Diagnostic.error(ValidationCodes.NESTING_TOO_DEEP, "article '" + article.id()
        + "' is nested more than " + Nesting.MAX_DEPTH + " levels deep (sections, lists, quotes,"
        + " callouts, notes or inlines inside one another); it is not checked further and no"
        + " exporter writes it", at);
  }

  /** Passes each event of the one walk to every rule's listener. */
  private record FanOut(List<ModelListener> listeners) implements ModelListener {
    @Override
    public void startArticle(Article article) {
      listeners.forEach(l -> l.startArticle(article));
    }

    @Override
    public void block(Block block, NodeContext context) {
      listeners.forEach(l -> l.block(block, context));
    }

    @Override
    public void inline(Inline inline, NodeContext context) {
      listeners.forEach(l -> l.inline(inline, context));
    }

    @Override
    public void endArticle(Article article) {
      listeners.forEach(l -> l.endArticle(article));
    }
  }
}
