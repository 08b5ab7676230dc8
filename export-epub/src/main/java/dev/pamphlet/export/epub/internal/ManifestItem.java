package dev.pamphlet.export.epub.internal;

import java.util.Objects;

/**
 * One item of the package document's manifest. Internal: not part of the API.
 *
 * @param id the item's id (an XML name)
 * @param href its path from the package folder
 * @param mediaType its media type
 * @param properties its space-separated properties ({@code nav}, {@code cover-image}), or
 *     {@code ""}
 */
record ManifestItem(String id, String href, String mediaType, String properties) {
  static final String XHTML = "application/xhtml+xml";

  ManifestItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(properties, "properties");
  }
}
