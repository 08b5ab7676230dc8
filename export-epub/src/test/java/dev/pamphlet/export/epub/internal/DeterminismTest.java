package dev.pamphlet.export.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Samples;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The bytes depend on the content and SOURCE_DATE_EPOCH only: not the clock, not the zone. */
class DeterminismTest {
  @Test
  void theTimeZoneOfTheMachineDoesNotChangeTheBytes() throws IOException {
    TimeZone original = TimeZone.getDefault();
    try {
      TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
      byte[] utc = epub(Samples.everyNode(), name -> null);
      TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
      assertThat(epub(Samples.everyNode(), name -> null)).isEqualTo(utc);
    } finally {
      TimeZone.setDefault(original);
    }
  }

  @Test
  void anUndatedBookletTakesSourceDateEpochForModifiedAndEntryTimes() throws IOException {
    Publication undated = Publication.builder().title("Undated").language("en")
        .article(Article.builder("a").title("A").paragraph("Text.").build()).build();
    byte[] epub = epub(undated, Map.of("SOURCE_DATE_EPOCH", "1767225600")::get);
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        assertThat(entry.getTimeLocal()).as(entry.getName())
            .isEqualTo(LocalDateTime.of(2026, 1, 1, 0, 0));
        if (entry.getName().equals("EPUB/package.opf")) {
          assertThat(new String(zip.readAllBytes(), StandardCharsets.UTF_8)).contains(
              "<meta property=\"dcterms:modified\">2026-01-01T00:00:00Z</meta>");
        }
      }
    }
  }

  private static byte[] epub(Publication publication, UnaryOperator<String> environment)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    BookWriter.prepare(ExportContext.of(publication), false, "", Map.of(), environment)
        .writeTo(out);
    return out.toByteArray();
  }
}
