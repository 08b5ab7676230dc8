package dev.pamphlet.export.pdf.layout;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A finished layout: pages of placed boxes, the structure tree their content belongs to, the
 * outline, and what the running header and footer of each page say.
 *
 * @param pages the pages, in order
 * @param structure the root structure element ({@code Document})
 * @param outline the bookmarks, in document order
 * @param furniture the running header and footer text of each page, by page index
 */
public record LaidOutDocument(List<Page> pages, StructureNode structure,
    List<OutlineEntry> outline, List<PageFurniture> furniture) {
  public LaidOutDocument {
    pages = List.copyOf(pages);
    outline = List.copyOf(outline);
    furniture = List.copyOf(furniture);
  }

  /**
   * The running header and footer of one page.
   *
   * @param organization the organization's name ({@code ""} for none)
   * @param title the article (or booklet) title
   * @param reviewed the reviewed date as printed ({@code ""} for none)
   */
  public record PageFurniture(String organization, String title, String reviewed) {
    /** No header or footer at all (a cover). */
    public static final PageFurniture NONE = new PageFurniture("", "", "");

    /** Whether there is no header or footer. */
    public boolean isNone() {
      return equals(NONE);
    }
  }

  /** Where every anchor and cross-reference landed. */
  public PageMap pageMap() {
    Map<String, Integer> anchors = new HashMap<>();
    Map<Integer, Integer> references = new HashMap<>();
    for (Page page : pages) {
      for (Page.Placed placed : page.boxes()) {
        if (placed.repeated()) {
          continue;
        }
        placed.box().anchors().forEach(a -> anchors.putIfAbsent(a, page.number()));
        for (Drawable drawable : placed.box().drawables()) {
          if (drawable instanceof Drawable.TextLine line) {
            for (Fragment fragment : line.line().fragments()) {
              if (fragment.link() instanceof LinkTarget.Internal internal
                  && internal.reference() >= 0) {
                references.putIfAbsent(internal.reference(), page.number());
              }
            }
          }
        }
      }
    }
    return new PageMap(anchors, references);
  }

  /** The text of every page, line by line, for tests. */
  public List<String> pageTexts() {
    return pages.stream().map(page -> {
      StringBuilder out = new StringBuilder();
      page.boxes().forEach(p -> {
        String text = p.box().text();
        if (!text.isEmpty()) {
          out.append(text).append('\n');
        }
      });
      return out.toString();
    }).toList();
  }
}
