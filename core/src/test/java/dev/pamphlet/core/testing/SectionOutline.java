package dev.pamphlet.core.testing;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.xref.Index;
import dev.pamphlet.core.xref.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The outline a publication's navigation must show, read from the model itself: each article
 * with its sections nested as they nest in the model, labelled with their plain-text titles
 * (numbered, "2.1 Side effects", when the publication is numbered; the numbers come from the
 * {@link Index}). Exporters' tests compare it with what they wrote — the EPUB's
 * {@code nav.xhtml}, the PDF's structure tree.
 *
 * <pre>{@code
 * List<SectionOutline.Entry> expected = SectionOutline.of(publication);
 * }</pre>
 */
public final class SectionOutline {
  private SectionOutline() {}

  /** A heading: its label and the headings nested under it. */
  public record Entry(String label, List<Entry> children) {
    public Entry {
      children = List.copyOf(children);
    }

    /** The tree as indented lines, for readable assertion messages. */
    @Override
    public String toString() {
      return label + (children.isEmpty() ? "" : children.stream().map(Entry::toString)
          .map(s -> s.replace("\n", "\n  ")).collect(Collectors.joining("\n  ", " {\n  ",
              "\n}")));
    }
  }

  /** One entry per article, with its sections. */
  public static List<Entry> of(Publication publication) {
    Index index = Index.of(publication);
    List<Entry> entries = new ArrayList<>();
    for (Article article : publication.articles()) {
      String number = index.article(article.id()).map(Target::number).orElse("");
      entries.add(new Entry(numbered(number, article.title()),
          sections(index, article.id(), article.blocks())));
    }
    return entries;
  }

  /** The sections among {@code blocks}, each with its own sub-sections. */
  public static List<Entry> sections(Index index, String articleId, List<Block> blocks) {
    List<Entry> entries = new ArrayList<>();
    for (Block block : blocks) {
      if (block instanceof Section section) {
        String number = index.find(articleId, section.id()).map(Target::number).orElse("");
        entries.add(new Entry(numbered(number, section.titleText()),
            sections(index, articleId, section.blocks())));
      }
    }
    return entries;
  }

  private static String numbered(String number, String title) {
    return (number.isEmpty() ? title : number + " " + title).strip();
  }
}
