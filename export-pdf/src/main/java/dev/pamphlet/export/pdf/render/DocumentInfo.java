package dev.pamphlet.export.pdf.render;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the PDF says about itself (document information and XMP metadata).
 *
 * @param title the title, shown in the viewer's window
 * @param authors the authors
 * @param subject the summary
 * @param keywords the keywords
 * @param language the BCP 47 language tag of the content
 * @param date the creation and modification date: the reviewed date or
 *     {@code SOURCE_DATE_EPOCH}, never the clock; empty for none
 */
public record DocumentInfo(String title, List<String> authors, String subject,
    List<String> keywords, String language, Optional<Instant> date) {
  public DocumentInfo {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
  }
}
