package dev.pamphlet.export.pdf.layout;

import java.util.Map;
import java.util.OptionalInt;

/**
 * Where things landed in the previous layout pass: the page of each anchor, and of each
 * cross-reference by its number. Lets a cross-reference say "(page 3)" only when its target is
 * on another page, and the table of contents give page numbers.
 *
 * @param anchors page number by anchor key
 * @param references page number by cross-reference number
 */
public record PageMap(Map<String, Integer> anchors, Map<Integer, Integer> references) {
  /** Nothing known yet: the first pass. */
  public static final PageMap UNKNOWN = new PageMap(Map.of(), Map.of());

  public PageMap {
    anchors = Map.copyOf(anchors);
    references = Map.copyOf(references);
  }

  /** The page of an anchor, if known. */
  public OptionalInt page(String anchor) {
    Integer page = anchors.get(anchor);
    return page == null ? OptionalInt.empty() : OptionalInt.of(page);
  }

  /** The page cross-reference {@code number} was on, if known. */
  public OptionalInt referencePage(int number) {
    Integer page = references.get(number);
    return page == null ? OptionalInt.empty() : OptionalInt.of(page);
  }
}
