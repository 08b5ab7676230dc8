package dev.pamphlet.export.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Places boxes on pages of a given content height, top to bottom, honouring the keep rules the
 * layout expressed as {@link Box#keepWithNext()} chains: a heading stays with what follows it, a
 * paragraph never leaves a single line alone at the foot or head of a page, a figure stays with
 * its caption. A chain too tall for any page is broken rather than looping. A table row that
 * starts a page is preceded by its table's header rows again. Immutable and thread-safe.
 */
public final class Paginator {
  /** Longest keep chain considered; longer chains are broken (nothing real is this long). */
  private static final int MAX_CHAIN = 60;

  private final float pageHeight;

  public Paginator(float pageHeight) {
    this.pageHeight = pageHeight;
  }

  /** Paginates {@code boxes}; always returns at least one (possibly empty) page. */
  public List<Page> paginate(List<Box> boxes) {
    List<Page> pages = new ArrayList<>();
    List<Page.Placed> current = new ArrayList<>();
    float y = 0;
    for (int i = 0; i < boxes.size(); i++) {
      Box box = boxes.get(i);
      if (!current.isEmpty()) {
        float needed = box.spaceBefore() + box.height();
        if (box.keepWithNext()) {
          float chain = chainHeight(boxes, i);
          if (chain <= pageHeight - headerHeight(box)) {
            needed = box.spaceBefore() + chain;
          }
        }
        if (box.breakBefore() || y + needed > pageHeight) {
          pages.add(new Page(pages.size() + 1, current));
          current = new ArrayList<>();
          y = 0;
        }
      }
      if (current.isEmpty()) {
        for (Box header : box.repeatedHeader()) {
          current.add(new Page.Placed(header, y, true));
          y += header.height();
        }
      } else {
        y += box.spaceBefore();
      }
      current.add(new Page.Placed(box, y, false));
      y += box.height();
    }
    pages.add(new Page(pages.size() + 1, current));
    return pages;
  }

  /** The height from the top of box {@code i} to the bottom of the last box it keeps with. */
  private static float chainHeight(List<Box> boxes, int start) {
    float height = boxes.get(start).height();
    int i = start;
    while (boxes.get(i).keepWithNext() && i + 1 < boxes.size() && i - start < MAX_CHAIN
        && !boxes.get(i + 1).breakBefore()) {
      i++;
      height += boxes.get(i).spaceBefore() + boxes.get(i).height();
    }
    return height;
  }

  private static float headerHeight(Box box) {
    float height = 0;
    for (Box header : box.repeatedHeader()) {
      height += header.height();
    }
    return height;
  }
}
