package dev.pamphlet.core.model;

/**
 * What {@link ModelWalker} calls as it goes through a publication. Every method does nothing by
 * default: implement only what you need.
 *
 * <pre>{@code
 * List<Figure> figures = new ArrayList<>();
 * ModelWalker.walk(publication, new ModelListener() {
 *   public void block(Block block, NodeContext context) {
 *     if (block instanceof Figure figure) {
 *       figures.add(figure);
 *     }
 *   }
 * });
 * }</pre>
 */
public interface ModelListener {
  /** Called before an article's blocks. */
  default void startArticle(Article article) {}

  /**
   * Called for every block, before its content. A section's context is the one it appears in;
   * its content's context is one section deeper.
   */
  default void block(Block block, NodeContext context) {}

  /** Called for every inline, before its content. */
  default void inline(Inline inline, NodeContext context) {}

  /** Called after an article's blocks. */
  default void endArticle(Article article) {}
}
