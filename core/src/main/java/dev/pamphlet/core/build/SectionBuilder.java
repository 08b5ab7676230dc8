package dev.pamphlet.core.build;

/** Collects the blocks of a section, including its sub-sections. */
public final class SectionBuilder extends BlocksBuilder<SectionBuilder> {
  SectionBuilder() {}
}
