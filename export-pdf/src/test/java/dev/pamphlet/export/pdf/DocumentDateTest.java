package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Metadata;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentDateTest {
  private static final Metadata REVIEWED =
      Metadata.builder().reviewed(LocalDate.of(2025, 3, 1)).build();

  @Test
  void theReviewedDateWins() {
    assertThat(DocumentDate.of(REVIEWED, Map.of("SOURCE_DATE_EPOCH", "0")::get))
        .contains(Instant.parse("2025-03-01T00:00:00Z"));
  }

  @Test
  void sourceDateEpochIsUsedWhenTheContentHasNoDate() {
    assertThat(DocumentDate.of(Metadata.EMPTY, Map.of("SOURCE_DATE_EPOCH", "1700000000")::get))
        .contains(Instant.ofEpochSecond(1_700_000_000L));
  }

  @Test
  void withNeitherThereIsNoDateNeverTheClock() {
    assertThat(DocumentDate.of(Metadata.EMPTY, Map.<String, String>of()::get)).isEmpty();
    assertThat(DocumentDate.of(Metadata.EMPTY, Map.of("SOURCE_DATE_EPOCH", "soon")::get))
        .isEmpty();
  }
}
