package dev.pamphlet.core.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a node sits, as {@link ModelWalker} reports it: its article and the sections that
 * enclose it, outermost first.
 *
 * @param article the article the node belongs to
 * @param sections the enclosing sections, outermost first; empty at the top of the article
 */
public record NodeContext(Article article, List<Section> sections) {
  public NodeContext {
    Objects.requireNonNull(article, "article");
    sections = List.copyOf(sections);
  }

  /** The top of {@code article}. */
  public static NodeContext top(Article article) {
    return new NodeContext(article, List.of());
  }

  /** The innermost enclosing section, if any. */
  public Optional<Section> section() {
    return sections.isEmpty() ? Optional.empty() : Optional.of(sections.get(sections.size() - 1));
  }

  /** How deep the node is: 0 at the top of the article, 1 inside a top-level section. */
  public int depth() {
    return sections.size();
  }

  /** This context one section deeper: the context of {@code section}'s content. */
  public NodeContext inside(Section section) {
    List<Section> deeper = new ArrayList<>(sections.size() + 1);
    deeper.addAll(sections);
    deeper.add(section);
    return new NodeContext(article, deeper);
  }
}
