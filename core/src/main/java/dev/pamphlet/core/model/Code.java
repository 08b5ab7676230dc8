package dev.pamphlet.core.model;

/** Inline code or a literal value, set in a monospace face. */
public record Code(String value) implements Inline {
  public Code {
    Checks.text(value, "value");
  }

  @Override
  public <R> R accept(InlineVisitor<R> visitor) {
    return visitor.visitCode(this);
  }
}
