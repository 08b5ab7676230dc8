package dev.pamphlet.export.pdf.layout;

import java.util.List;

/**
 * One paginated page: the boxes on it with their positions.
 *
 * @param number the page number, from 1
 * @param boxes the placed boxes, top to bottom
 */
public record Page(int number, List<Placed> boxes) {
  public Page {
    boxes = List.copyOf(boxes);
  }

  /**
   * A box on a page.
   *
   * @param box the box
   * @param top its top's distance below the content box's top
   * @param repeated whether it is a repeated table header (drawn as an artifact)
   */
  public record Placed(Box box, float top, boolean repeated) {}
}
