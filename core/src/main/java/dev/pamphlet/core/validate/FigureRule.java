package dev.pamphlet.core.validate;

import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.NodeContext;

/**
 * Figures that cannot be shown or read aloud: {@code figure.alt-missing} (no text alternative,
 * so screen-reader users miss it and PDF/UA or EPUB accessibility checks fail) and
 * {@code figure.source-missing} (no image at all).
 */
final class FigureRule implements Rule {
  @Override
  public ModelListener start(Checking checking) {
    return new ModelListener() {
      @Override
      public void block(Block block, NodeContext context) {
        if (!(block instanceof Figure figure)) {
          return;
        }
        String name = figure.source().isBlank() ? "a figure" : "figure '" + figure.source() + "'";
        if (figure.alt().isBlank()) {
          checking.error(ValidationCodes.FIGURE_ALT_MISSING, name + " has no alt text;"
              + " describe the image in words: ![what the image shows](" + figure.source() + ")",
              figure, context.article());
        }
        if (figure.source().isBlank()) {
          checking.error(ValidationCodes.FIGURE_SOURCE_MISSING,
              "a figure has no image source; give the image's file or URL", figure,
              context.article());
        }
      }
    };
  }
}
