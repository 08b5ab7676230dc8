package dev.pamphlet.export.pdf.layout;

import java.util.List;

/**
 * One broken line of text.
 *
 * @param fragments its text, left to right
 * @param width the width it uses
 * @param height its line height (largest size times the leading)
 * @param ascent the largest ascent, for placing the baseline
 * @param descent the largest descent
 */
public record Line(List<Fragment> fragments, float width, float height, float ascent,
    float descent) {
  public Line {
    fragments = List.copyOf(fragments);
  }

  /** The baseline's distance below the line's top: the glyphs centred in the line height. */
  public float baseline() {
    return (height - ascent - descent) / 2 + ascent;
  }

  /** The line's characters, for tests and text checks. */
  public String text() {
    StringBuilder out = new StringBuilder();
    fragments.forEach(f -> out.append(f.text()));
    return out.toString();
  }
}
