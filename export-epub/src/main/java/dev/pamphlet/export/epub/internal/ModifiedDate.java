package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The booklet's {@code dcterms:modified} date, never the wall clock, so rebuilding gives the
 * same bytes. Internal: not part of the API. In order of preference:
 *
 * <ol>
 *   <li>the latest {@code reviewed} date of the booklet and its articles, at midnight UTC:
 *       the content changed when it was last reviewed;
 *   <li>else {@code SOURCE_DATE_EPOCH} (seconds since 1970), the reproducible-builds
 *       convention for "the time of this build";
 *   <li>else {@link #FALLBACK}, 1980-01-01T00:00:00Z (the first date a ZIP entry can hold).
 * </ol>
 */
final class ModifiedDate {
  /** The date used when neither the content nor the environment gives one. */
  static final Instant FALLBACK = Instant.parse("1980-01-01T00:00:00Z");

  private static final DateTimeFormatter W3C = DateTimeFormatter.ofPattern(
      "uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(ZoneOffset.UTC);

  private ModifiedDate() {}

  /** The date for {@code publication}; {@code environment} looks up environment variables. */
  static Instant of(Publication publication, UnaryOperator<String> environment) {
    Optional<LocalDate> reviewed = latestReview(publication);
    if (reviewed.isPresent()) {
      return reviewed.get().atStartOfDay(ZoneOffset.UTC).toInstant();
    }
    String epoch = environment.apply("SOURCE_DATE_EPOCH");
    if (epoch != null && !epoch.isBlank()) {
      try {
        return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
      } catch (NumberFormatException | java.time.DateTimeException e) {
        // Not a number of seconds: ignored, as reproducible-builds tools do.
      }
    }
    return FALLBACK;
  }

  /** The latest review date of the booklet or any of its articles. */
  static Optional<LocalDate> latestReview(Publication publication) {
    Optional<LocalDate> latest = publication.metadata().reviewed();
    for (Article article : publication.articles()) {
      Optional<LocalDate> date = article.metadata().reviewed();
      if (date.isPresent() && (latest.isEmpty() || date.get().isAfter(latest.get()))) {
        latest = date;
      }
    }
    return latest;
  }

  /** {@code instant} as EPUB wants it: {@code 2026-01-15T00:00:00Z}, whole seconds. */
  static String format(Instant instant) {
    return W3C.format(instant.truncatedTo(ChronoUnit.SECONDS));
  }
}
