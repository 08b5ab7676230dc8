package dev.pamphlet.export.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dcterms:modified comes from the content, else SOURCE_DATE_EPOCH, else a fixed date. */
class ModifiedDateTest {
  private static final Map<String, String> EPOCH = Map.of("SOURCE_DATE_EPOCH", "1700000000");

  @Test
  void latestReviewDateOfBookletOrArticleWins() {
    Publication publication = Publication.builder().title("T").language("en")
        .metadata(m -> m.reviewed(LocalDate.of(2026, 1, 15)))
        .article(Article.builder("a").title("A")
            .metadata(m -> m.reviewed(LocalDate.of(2026, 3, 2))).paragraph("x").build())
        .build();
    assertThat(ModifiedDate.format(ModifiedDate.of(publication, EPOCH::get)))
        .isEqualTo("2026-03-02T00:00:00Z");
  }

  @Test
  void sourceDateEpochIsUsedWhenTheContentHasNoDate() {
    assertThat(ModifiedDate.format(ModifiedDate.of(undated(), EPOCH::get)))
        .isEqualTo("2023-11-14T22:13:20Z");
  }

  @Test
  void withNeitherTheFixedFallbackIsUsedNeverTheClock() {
    assertThat(ModifiedDate.of(undated(), name -> null)).isEqualTo(ModifiedDate.FALLBACK);
    assertThat(ModifiedDate.of(undated(), name -> "not a number"))
        .isEqualTo(ModifiedDate.FALLBACK);
  }

  private static Publication undated() {
    return Publication.builder().title("T").language("en")
        .article(Article.builder("a").title("A").paragraph("x").build()).build();
  }
}
