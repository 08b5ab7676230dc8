package dev.pamphlet.export.epub.internal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The EPUB core image media types, recognised from a file's content (its first bytes), not its
 * name: a {@code .png} that is really a JPEG is declared as JPEG, as EPUBCheck requires.
 * Internal: not part of the API.
 */
final class ImageTypes {
  private ImageTypes() {}

  /** The media type of {@code bytes}, or empty when it is none of the core image types. */
  static Optional<String> of(byte[] bytes, String fileName) {
    if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return Optional.of("image/png");
    }
    if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
      return Optional.of("image/jpeg");
    }
    if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
      return Optional.of("image/gif");
    }
    if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
      return Optional.of("image/webp");
    }
    if (fileName.toLowerCase(Locale.ROOT).endsWith(".svg")
        && new String(bytes, StandardCharsets.UTF_8).contains("<svg")) {
      return Optional.of("image/svg+xml");
    }
    return Optional.empty();
  }

  /** The file extension for {@code mediaType}, with its dot. */
  static String extension(String mediaType) {
    return switch (mediaType) {
      case "image/png" -> ".png";
      case "image/jpeg" -> ".jpg";
      case "image/gif" -> ".gif";
      case "image/webp" -> ".webp";
      case "image/svg+xml" -> ".svg";
      default -> throw new IllegalArgumentException("not an image type: " + mediaType);
    };
  }

  private static boolean startsWith(byte[] bytes, int offset, int... expected) {
    if (bytes.length < offset + expected.length) {
      return false;
    }
    for (int i = 0; i < expected.length; i++) {
      if ((bytes[offset + i] & 0xFF) != expected[i]) {
        return false;
      }
    }
    return true;
  }
}
