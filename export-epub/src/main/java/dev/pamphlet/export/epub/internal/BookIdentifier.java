package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * The booklet's derived unique identifier: a name-based (version 5, SHA-1) UUID of what makes
 * a booklet the same booklet — its title, organization, language and article ids — as a
 * {@code urn:uuid:}. Rebuilding keeps it, and so does a revised edition (a corrected sentence,
 * a new review date): e-readers then update the book instead of shelving a second copy, and
 * {@code dcterms:modified} tells the editions apart. Internal: not part of the API.
 */
final class BookIdentifier {
  /** The namespace of Pamphlet booklet identifiers (a fixed, randomly chosen UUID). */
  private static final UUID NAMESPACE = UUID.fromString("6f0e3c52-5b1e-4b8e-9f55-2d7c8a0f4e19");

  private BookIdentifier() {}

  /** {@code urn:uuid:…} for {@code publication}. */
  static String derive(Publication publication) {
    Metadata metadata = publication.metadata();
    StringBuilder name = new StringBuilder();
    // Unit separators keep "a"+"bc" and "ab"+"c" apart.
    name.append(metadata.title()).append('\u001F')
        .append(metadata.organization().name()).append('\u001F')
        .append(metadata.language());
    for (Article article : publication.articles()) {
      name.append('\u001F').append(article.id());
    }
    return "urn:uuid:" + nameBased(NAMESPACE, name.toString());
  }

  /** RFC 4122 §4.3: SHA-1 of namespace and name, with version 5 and the IETF variant. */
  static UUID nameBased(UUID namespace, String name) {
    MessageDigest sha1;
    try {
      sha1 = MessageDigest.getInstance("SHA-1");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-1", e);
    }
    ByteBuffer namespaceBytes = ByteBuffer.allocate(16)
        .putLong(namespace.getMostSignificantBits())
        .putLong(namespace.getLeastSignificantBits());
    sha1.update(namespaceBytes.array());
    byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
    hash[6] = (byte) ((hash[6] & 0x0F) | 0x50);
    hash[8] = (byte) ((hash[8] & 0x3F) | 0x80);
    ByteBuffer bits = ByteBuffer.wrap(hash, 0, 16);
    return new UUID(bits.getLong(), bits.getLong());
  }
}
