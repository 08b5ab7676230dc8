package dev.pamphlet.core.xref;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.ModelWalker;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every article and section of a publication by id, with its title and number: the one place
 * exporters ask how a cross-reference reads, so it reads the same in HTML, PDF and EPUB.
 *
 * <p>Immutable and thread-safe. When ids repeat, the first one in document order wins (the
 * validator reports the repeat).
 *
 * <pre>{@code
 * Index index = Index.of(publication);
 * String text = index.label(crossRef);   // "Side effects", or "2.1 Side effects" when numbered
 * }</pre>
 */
public final class Index {
  private final List<Target> targets;
  private final Map<String, Target> byKey;
  private final Map<String, List<Target>> sectionsByArticle;

  private Index(List<Target> targets) {
    this.targets = List.copyOf(targets);
    Map<String, Target> keys = new HashMap<>();
    Map<String, List<Target>> sections = new HashMap<>();
    for (Target target : targets) {
      keys.putIfAbsent(target.key(), target);
      if (!target.isArticle()) {
        sections.computeIfAbsent(target.article(), a -> new ArrayList<>()).add(target);
      }
    }
    this.byKey = Map.copyOf(keys);
    Map<String, List<Target>> frozen = new HashMap<>();
    sections.forEach((article, list) -> frozen.put(article, List.copyOf(list)));
    this.sectionsByArticle = Collections.unmodifiableMap(frozen);
  }

  /**
   * Indexes {@code publication}. Sections are found wherever they are (inside a callout or a
   * list item too, as {@link ModelWalker} finds them), so every section the validator sees can
   * be referenced; a section's number follows its place among the sections of its parent.
   */
  public static Index of(Publication publication) {
    List<Target> targets = new ArrayList<>();
    int articleNumber = 0;
    for (Article article : publication.articles()) {
      articleNumber++;
      String number = publication.numbered() ? Integer.toString(articleNumber) : "";
      targets.add(new Target(article.id(), "", article.title(), number, 0));
      ModelWalker.walk(article, new SectionCollector(article.id(), number,
          publication.numbered(), targets));
    }
    return new Index(targets);
  }

  /**
   * Numbers sections by depth as the walk meets them, in document order: entering a section at
   * depth d closes every deeper one, so a stack per depth is all the state needed.
   */
  private static final class SectionCollector implements ModelListener {
    private final String articleId;
    private final boolean numbered;
    private final List<Target> out;
    private final List<String> numbers = new ArrayList<>();
    private final List<Integer> childCounts = new ArrayList<>();

    SectionCollector(String articleId, String articleNumber, boolean numbered,
        List<Target> out) {
      this.articleId = articleId;
      this.numbered = numbered;
      this.out = out;
      numbers.add(articleNumber);
      childCounts.add(0);
    }

    @Override
    public void block(Block block, NodeContext context) {
      if (!(block instanceof Section section)) {
        return;
      }
      int depth = context.depth();
      numbers.subList(depth + 1, numbers.size()).clear();
      childCounts.subList(depth + 1, childCounts.size()).clear();
      int position = childCounts.get(depth) + 1;
      childCounts.set(depth, position);
      String number = numbered ? numbers.get(depth) + "." + position : "";
      numbers.add(number);
      childCounts.add(0);
      out.add(new Target(articleId, section.id(), Inlines.plainText(section.title()), number,
          depth + 1));
    }
  }

  /** Every article and section, in document order. */
  public List<Target> targets() {
    return targets;
  }

  /** The article with id {@code articleId}. */
  public Optional<Target> article(String articleId) {
    return Optional.ofNullable(byKey.get(articleId));
  }

  /** The sections of an article in document order, all levels. */
  public List<Target> sections(String articleId) {
    return sectionsByArticle.getOrDefault(articleId, List.of());
  }

  /** The article or section with the given ids ({@code section} may be {@code ""}). */
  public Optional<Target> find(String article, String section) {
    return Optional.ofNullable(byKey.get(section.isEmpty() ? article : article + "#" + section));
  }

  /** What {@code ref} points at, if it exists. */
  public Optional<Target> resolve(CrossRef ref) {
    return find(ref.article(), ref.section());
  }

  /**
   * The text a reference shows: its own label when it has one that shows something; else the
   * target's title, with its number when the publication is numbered (or its key if even the
   * title shows nothing); else (a dangling reference) the target as written. A label of only
   * spaces or invisible characters counts as none: a link needs text to read and to click, in
   * every format alike.
   */
  public String label(CrossRef ref) {
    String own = Inlines.plainText(ref.label());
    if (showsSomething(own)) {
      return own;
    }
    return resolve(ref)
        .map(target -> showsSomething(target.numberedTitle()) ? target.numberedTitle()
            : target.key())
        .orElse(ref.hasSection() ? ref.article() + "#" + ref.section() : ref.article());
  }

  /** Whether any character of {@code text} is drawn: not a space, control or format mark. */
  private static boolean showsSomething(String text) {
    return !text.codePoints()
        .allMatch(cp -> Character.isWhitespace(cp) || Inlines.isInvisible(cp));
  }
}
