package dev.pamphlet.core.model;

/** Plain text. Adjacent texts are merged by their container, so a list never holds two in a row. */
public record Text(String value) implements Inline {
  public Text {
    Checks.text(value, "value");
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitText(this);
  }
}
