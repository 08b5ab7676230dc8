package dev.pamphlet.core.model;

import java.util.List;

/** Quoted material, such as a patient's own words. */
public record BlockQuote(List<Block> blocks) implements Block {
  public BlockQuote {
    blocks = List.copyOf(blocks);
  }

  @Override
  public <R> R accept(BlockVisitor<R> visitor) {
    return visitor.visitBlockQuote(this);
  }
}
