package dev.pamphlet.export.epub.internal;

import java.util.Objects;

/**
 * An image carried inside the EPUB. Internal: not part of the API.
 *
 * @param id its manifest id
 * @param href its path relative to the package document ({@code images/room.png})
 * @param mediaType its media type, from its content ({@code image/png})
 * @param bytes its content (not copied: never modified after reading)
 */
record PackagedImage(String id, String href, String mediaType, byte[] bytes) {
  PackagedImage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(href, "href");
    Objects.requireNonNull(mediaType, "mediaType");
    Objects.requireNonNull(bytes, "bytes");
  }
}
