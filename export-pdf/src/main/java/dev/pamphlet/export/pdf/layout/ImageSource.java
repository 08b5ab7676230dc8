package dev.pamphlet.export.pdf.layout;

import dev.pamphlet.core.model.Figure;
import java.util.Optional;

/**
 * Finds a figure's image and its size. Empty when the image is missing or cannot be used; the
 * implementation reports why.
 */
@FunctionalInterface
public interface ImageSource {
  /** The usable image for {@code figure} in article {@code articleId}, if there is one. */
  Optional<ImageRef> find(Figure figure, String articleId);
}
