package dev.pamphlet.export.pdf;

import dev.pamphlet.core.model.Metadata;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The date a PDF says it was made: the content's reviewed date, else {@code SOURCE_DATE_EPOCH}
 * (seconds since 1970, the reproducible-builds convention), else none. Never the clock, so the
 * same input gives the same bytes.
 */
final class DocumentDate {
  private DocumentDate() {}

  /** The date for {@code meta}, reading environment variables through {@code env}. */
  static Optional<Instant> of(Metadata meta, UnaryOperator<String> env) {
    if (meta.reviewed().isPresent()) {
      return Optional.of(meta.reviewed().get().atStartOfDay().toInstant(ZoneOffset.UTC));
    }
    String epoch = env.apply("SOURCE_DATE_EPOCH");
    if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
    }
    return Optional.empty();
  }
}
