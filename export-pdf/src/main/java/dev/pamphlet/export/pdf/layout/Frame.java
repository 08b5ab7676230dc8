package dev.pamphlet.export.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a run of blocks is laid out: its horizontal extent, the bands behind it, the structure
 * element its content belongs to, and how deep it sits in sections and lists.
 *
 * @param left the left edge, from the content box's left
 * @param width the width
 * @param decorations the bands of enclosing callouts, quotes and code
 * @param parent the structure element new elements are added to
 * @param depth the section depth of the blocks (0 for an article's own body)
 * @param listLevel how many lists enclose the blocks
 */
record Frame(float left, float width, List<Decoration> decorations, StructureNode parent,
    int depth, int listLevel) {
  Frame {
    decorations = List.copyOf(decorations);
  }

  /** A frame indented by {@code left} and narrowed by {@code left + right}. */
  Frame inset(float left, float right, StructureNode parent, List<Decoration> extra) {
    List<Decoration> all = new ArrayList<>(decorations);
    all.addAll(extra);
    return new Frame(this.left + left, width - left - right, all, parent, depth, listLevel);
  }

  /**
   * {@link #inset} from the side a line starts on: the left, or in a right-to-left article
   * ({@code fromRight}) the right, where a quote's or callout's bar then stands.
   */
  Frame insetFromStart(float start, float end, boolean fromRight, StructureNode parent,
      List<Decoration> extra) {
    return fromRight ? inset(end, start, parent, extra) : inset(start, end, parent, extra);
  }

  /** The x of a bar {@code width} wide at the start side of this frame. */
  float startEdge(float width, boolean fromRight) {
    return fromRight ? left + this.width - width : left;
  }

  Frame withParent(StructureNode parent) {
    return new Frame(left, width, decorations, parent, depth, listLevel);
  }

  Frame deeper(StructureNode parent) {
    return new Frame(left, width, decorations, parent, depth + 1, listLevel);
  }

  Frame inList(float indent, StructureNode parent) {
    return new Frame(left + indent, width - indent, decorations, parent, depth, listLevel + 1);
  }

  /** A list item's body in a right-to-left article: indented from the right edge. */
  Frame inListFromRight(float indent, StructureNode parent) {
    return new Frame(left, width - indent, decorations, parent, depth, listLevel + 1);
  }
}
