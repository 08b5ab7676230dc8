package dev.pamphlet.export.pdf.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * The unit of pagination: an unbreakable strip as wide as the content box (one line of a
 * paragraph, a heading, a table row, a figure with its caption). Built by the layout, then
 * placed by the {@link Paginator}.
 */
public final class Box {
  private float spaceBefore;
  private final float height;
  private boolean keepWithNext;
  private boolean breakBefore;
  private final List<Drawable> drawables = new ArrayList<>();
  private final List<Decoration> decorations;
  private final List<String> anchors = new ArrayList<>();
  private List<Box> repeatedHeader = List.of();

  /**
   * @param spaceBefore the gap above it, dropped at the top of a page
   * @param height its height
   * @param decorations the bands behind it
   */
  public Box(float spaceBefore, float height, List<Decoration> decorations) {
    this.spaceBefore = spaceBefore;
    this.height = height;
    this.decorations = List.copyOf(decorations);
  }

  public float spaceBefore() {
    return spaceBefore;
  }

  public Box spaceBefore(float space) {
    this.spaceBefore = space;
    return this;
  }

  public float height() {
    return height;
  }

  /** Whether it must sit on the same page as the box after it. */
  public boolean keepWithNext() {
    return keepWithNext;
  }

  public Box keepWithNext(boolean keep) {
    this.keepWithNext = keep;
    return this;
  }

  /** Whether it must start a new page (an article in a booklet). */
  public boolean breakBefore() {
    return breakBefore;
  }

  public Box breakBefore(boolean breakBefore) {
    this.breakBefore = breakBefore;
    return this;
  }

  public List<Drawable> drawables() {
    return drawables;
  }

  public Box add(Drawable drawable) {
    drawables.add(drawable);
    return this;
  }

  public List<Decoration> decorations() {
    return decorations;
  }

  /** The anchors (article, section, note ids) that point at the top of this box. */
  public List<String> anchors() {
    return anchors;
  }

  /** The table header rows to repeat above this box when it starts a page. */
  public List<Box> repeatedHeader() {
    return repeatedHeader;
  }

  public Box repeatedHeader(List<Box> header) {
    this.repeatedHeader = List.copyOf(header);
    return this;
  }

  /** The text of its lines, for tests. */
  public String text() {
    StringBuilder out = new StringBuilder();
    for (Drawable drawable : drawables) {
      if (drawable instanceof Drawable.TextLine line) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(line.line().text());
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "Box[" + height + (keepWithNext ? ", keep" : "") + ", " + text() + "]";
  }
}
