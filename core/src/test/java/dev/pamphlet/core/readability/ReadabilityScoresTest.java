package dev.pamphlet.core.readability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReadabilityScoresTest {
  @Test
  void fleschKincaidGradeMatchesTheFormulaWorkedByHand() {
    // 100 words, 5 sentences, 130 syllables:
    // 0.39 × 20 + 11.8 × 1.3 − 15.59 = 7.8 + 15.34 − 15.59 = 7.55
    ReadabilityScores scores = ReadabilityScores.of(100, 5, 130, 6);
    assertThat(scores.fleschKincaidGrade()).isCloseTo(7.55, within(1e-9));
  }

  @Test
  void readingEaseMatchesTheFormulaWorkedByHand() {
    // 206.835 − 1.015 × 20 − 84.6 × 1.3 = 206.835 − 20.3 − 109.98 = 76.555
    ReadabilityScores scores = ReadabilityScores.of(100, 5, 130, 6);
    assertThat(scores.fleschReadingEase()).isCloseTo(76.555, within(1e-9));
  }

  @Test
  void smogMatchesTheFormulaWorkedByHand() {
    // 1.0430 × √(6 × 30 / 5) + 3.1291 = 1.0430 × 6 + 3.1291 = 9.3871
    ReadabilityScores scores = ReadabilityScores.of(100, 5, 130, 6);
    assertThat(scores.smogGrade()).isCloseTo(9.3871, within(1e-9));
  }

  @Test
  void scoresKeepTheCountsBehindThem() {
    ReadabilityScores scores = ReadabilityScores.of(100, 5, 130, 6);
    assertThat(scores.words()).isEqualTo(100);
    assertThat(scores.sentences()).isEqualTo(5);
    assertThat(scores.syllables()).isEqualTo(130);
    assertThat(scores.polysyllables()).isEqualTo(6);
  }

  @Test
  void noWordsIsNotAScore() {
    assertThatThrownBy(() -> ReadabilityScores.of(0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
