package dev.pamphlet.core.validate;

import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.Section;

/**
 * {@code section.untitled} (warning): a section with an empty heading shows as a blank line in
 * the table of contents and gives screen-reader users nothing to navigate by.
 */
final class UntitledSectionRule implements Rule {
  @Override
  public ModelListener start(Checking checking) {
    return new ModelListener() {
      @Override
      public void block(Block block, NodeContext context) {
        if (block instanceof Section section && section.titleText().isBlank()) {
          checking.warning(ValidationCodes.SECTION_UNTITLED, "section '" + section.id()
              + "' has an empty title; give its heading some words", section,
              context.article());
        }
      }
    };
  }
}
