package dev.pamphlet.core.readability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyllablesTest {
  /** The stated agreement with the dictionary; the Javadoc of Syllables refers to it. */
  static final double REQUIRED_AGREEMENT = 0.95;

  @Test
  void agreesWithThePronouncingDictionaryOnTheWordList() throws IOException {
    List<String> misses = new ArrayList<>();
    int total = 0;
    try (InputStream in = getClass().getResourceAsStream("syllable-counts.txt")) {
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] parts = line.split("\t");
        total++;
        int expected = Integer.parseInt(parts[1].trim());
        int actual = Syllables.count(parts[0]);
        if (actual != expected) {
          misses.add(parts[0] + " expected " + expected + " got " + actual);
        }
      }
    }
    double agreement = 1.0 - (double) misses.size() / total;
    System.out.printf("syllable agreement: %d/%d = %.1f%%; misses: %s%n",
        total - misses.size(), total, agreement * 100, misses);
    assertThat(total).isGreaterThan(200);
    assertThat(agreement).as("misses: %s", misses).isGreaterThanOrEqualTo(REQUIRED_AGREEMENT);
  }

  @Test
  void everyWordHasAtLeastOneSyllable() {
    assertThat(Syllables.count("x")).isEqualTo(1);
    assertThat(Syllables.count("2.5")).isEqualTo(1);
    assertThat(Syllables.count("rhythm")).isGreaterThanOrEqualTo(1);
  }

  @Test
  void possessivesCountLikeTheirWord() {
    assertThat(Syllables.count("doctor's")).isEqualTo(Syllables.count("doctor"));
  }
}
