package dev.pamphlet.core.build;

/** Collects the blocks of a callout, quote, list item or footnote. */
public final class BlockListBuilder extends BlocksBuilder<BlockListBuilder> {
  BlockListBuilder() {}
}
