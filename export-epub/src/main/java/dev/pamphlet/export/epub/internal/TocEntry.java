package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.xref.Index;
import dev.pamphlet.core.xref.Target;
import dev.pamphlet.export.html.UrlParts;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the table of contents, shared by {@code nav.xhtml} and the NCX: an article or a
 * section, with the sections under it. Internal: not part of the API.
 *
 * @param label the text shown: the numbered title, never empty
 * @param file the chapter, from the package folder ({@code chapters/x.xhtml})
 * @param fragment the section's fragment, {@code ""} for the article itself
 * @param children the entries one level down
 */
record TocEntry(String label, String file, String fragment, List<TocEntry> children) {
  TocEntry {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(fragment, "fragment");
    children = List.copyOf(children);
  }

  /** The link from the package folder. */
  String href() {
    return fragment.isEmpty() ? file : file + "#" + fragment;
  }

  /** The contents of {@code publication}: its articles, each with its sections nested. */
  static List<TocEntry> contents(Publication publication, Index index, BookLayout layout) {
    List<TocEntry> entries = new ArrayList<>();
    List<Article> articles = publication.articles();
    for (int i = 0; i < articles.size(); i++) {
      Article article = articles.get(i);
      String file = layout.chapterHref(i);
      String title = index.article(article.id()).map(Target::numberedTitle)
          .orElse(article.title());
      entries.add(new TocEntry(label(title, article.id()), file, "",
          sections(index.sections(article.id()), file)));
    }
    return List.copyOf(entries);
  }

  /** Nests sections (in document order, with levels) by level. */
  private static List<TocEntry> sections(List<Target> targets, String file) {
    Node root = new Node(null, 0);
    Node current = root;
    for (Target target : targets) {
      while (current.level >= target.level()) {
        current = current.parent;
      }
      // A level may jump (a section inside a callout inside a list): it nests under the nearest
      // shallower entry, as it reads.
      Node node = new Node(current, target.level());
      node.label = label(target.numberedTitle(), target.section());
      node.file = file;
      node.fragment = UrlParts.fragment(target.section());
      current.children.add(node);
      current = node;
    }
    return root.entries();
  }

  private static String label(String title, String id) {
    return title.isBlank() ? id : title.strip();
  }

  /** A mutable tree node while nesting. */
  private static final class Node {
    final Node parent;
    final int level;
    final List<Node> children = new ArrayList<>();
    String label;
    String file;
    String fragment;

    Node(Node parent, int level) {
      this.parent = parent;
      this.level = level;
    }

    List<TocEntry> entries() {
      List<TocEntry> out = new ArrayList<>();
      for (Node child : children) {
        out.add(new TocEntry(child.label, child.file, child.fragment, child.entries()));
      }
      return out;
    }
  }
}
