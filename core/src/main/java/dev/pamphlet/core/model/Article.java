package dev.pamphlet.core.model;

import dev.pamphlet.core.build.ArticleBuilder;
import java.util.List;

/**
 * One article: a handout on its own, a chapter of a booklet.
 *
 * @param id unique within the publication: from front matter, or the file name
 * @param metadata its title and the rest; empty fields inherit from the publication
 * @param blocks the body: paragraphs and the like, then sections
 */
public record Article(String id, Metadata metadata, List<Block> blocks) {
  public Article {
    Ids.requireValid(id);
    Checks.present(metadata, "metadata");
    blocks = List.copyOf(blocks);
  }

  /** The title. */
  public String title() {
    return metadata.title();
  }

  /**
   * Starts an article in code; section ids are assigned when it is built.
   *
   * <pre>{@code
   * Article article = Article.builder("side-effects")
   *     .title("Side effects")
   *     .paragraph("Most side effects pass within two hours.")
   *     .section("When to call us", s -> s.bulletList(l -> l.item("Chest pain")))
   *     .build();
   * }</pre>
   */
  public static ArticleBuilder builder(String id) {
    return new ArticleBuilder(id);
  }
}
