package dev.pamphlet.export.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The derived identifier is a real version-5 UUID of the booklet's identity. */
class BookIdentifierTest {
  @Test
  void nameBasedUuidMatchesTheRfc4122Algorithm() {
    // Python: uuid.uuid5(uuid.NAMESPACE_DNS, "python.org")
    UUID dns = UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8");
    assertThat(BookIdentifier.nameBased(dns, "python.org"))
        .hasToString("886313e1-3b8a-5372-9b90-0c9aee199e5d");
  }

  @Test
  void revisingTheTextKeepsTheIdentifierButRetitlingChangesIt() {
    String first = BookIdentifier.derive(booklet("Care guide", "First wording."));
    assertThat(BookIdentifier.derive(booklet("Care guide", "Second wording.")))
        .isEqualTo(first).startsWith("urn:uuid:");
    assertThat(BookIdentifier.derive(booklet("Another guide", "First wording.")))
        .isNotEqualTo(first);
  }

  private static Publication booklet(String title, String text) {
    return Publication.builder().title(title).language("en")
        .metadata(m -> m.organization("Clinic", ""))
        .article(Article.builder("a").title("A").paragraph(text).build()).build();
  }
}
