package dev.pamphlet.core.load;

import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Metadata;
import java.util.List;
import java.util.Objects;

/**
 * What a folder's {@code booklet.yaml} says: the booklet's metadata, whether it is numbered,
 * and its articles in reading order.
 *
 * @param metadata the booklet's title, organization, language and the rest
 * @param numbered whether articles and sections carry numbers
 * @param articles the article files in order, as written (relative to the folder); empty when
 *     the manifest lists none, which means "the folder's articles in name order"
 */
record BookletManifest(Metadata metadata, boolean numbered, List<Entry> articles) {
  /** The manifest of a folder that has none. */
  static final BookletManifest NONE = new BookletManifest(Metadata.EMPTY, false, List.of());

  BookletManifest {
    Objects.requireNonNull(metadata, "metadata");
    articles = List.copyOf(articles);
  }

  /**
   * One line of the {@code articles} list.
   *
   * @param file the file name as written, relative to the manifest's folder
   * @param position where it is written, for "missing article" errors
   */
  record Entry(String file, SourcePosition position) {
    Entry {
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(position, "position");
    }
  }
}
