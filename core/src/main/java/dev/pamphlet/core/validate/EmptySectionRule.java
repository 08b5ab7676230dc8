package dev.pamphlet.core.validate;

import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.Section;

/**
 * {@code section.empty} (warning): a heading with nothing under it, often a leftover from
 * drafting. A section holding only sub-sections is not empty.
 */
final class EmptySectionRule implements Rule {
  @Override
  public ModelListener start(Checking checking) {
    return new ModelListener() {
      @Override
      public void block(Block block, NodeContext context) {
        if (block instanceof Section section && section.blocks().isEmpty()) {
          checking.warning(ValidationCodes.SECTION_EMPTY, "section '" + section.id()
              + "' has no content; write something under its heading or remove it",
              section, context.article());
        }
      }
    };
  }
}
