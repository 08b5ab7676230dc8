package dev.pamphlet.core.model;

/**
 * Preformatted text, shown as written in a monospace face.
 *
 * @param language the language tag from the fence ({@code ""} for none); informational only
 * @param code the text, line breaks kept
 */
public record CodeBlock(String language, String code) implements Block {
  public CodeBlock {
    Checks.text(language, "language");
    Checks.text(code, "code");
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitCodeBlock(this);
  }
}
