package dev.pamphlet.core.readability;

import java.util.List;

/**
 * The three classic readability scores of a stretch of prose, with the counts behind them.
 *
 * @param words the number of words
 * @param sentences the number of sentences (each list item and table cell at least one)
 * @param syllables the number of syllables
 * @param polysyllables the number of words of three syllables or more
 * @param fleschKincaidGrade 0.39 × words/sentences + 11.8 × syllables/words − 15.59
 * @param fleschReadingEase 206.835 − 1.015 × words/sentences − 84.6 × syllables/words
 * @param smogGrade 1.0430 × √(polysyllables × 30 / sentences) + 3.1291
 */
public record ReadabilityScores(int words, int sentences, int syllables, int polysyllables,
    double fleschKincaidGrade, double fleschReadingEase, double smogGrade) {

  /** Scores the given sentences; there must be at least one word. */
  public static ReadabilityScores of(List<Sentence> prose) {
    int words = 0;
    int syllables = 0;
    int polysyllables = 0;
    for (Sentence sentence : prose) {
      words += sentence.words().size();
      syllables += sentence.syllables();
      polysyllables += sentence.polysyllables();
    }
    return of(words, prose.size(), syllables, polysyllables);
  }

  /** Scores from counts; {@code words} and {@code sentences} must be positive. */
  public static ReadabilityScores of(int words, int sentences, int syllables, int polysyllables) {
    if (words <= 0 || sentences <= 0) {
      throw new IllegalArgumentException("scores need at least one word and one sentence");
    }
    double wordsPerSentence = (double) words / sentences;
    double syllablesPerWord = (double) syllables / words;
    double grade = 0.39 * wordsPerSentence + 11.8 * syllablesPerWord - 15.59;
    double ease = 206.835 - 1.015 * wordsPerSentence - 84.6 * syllablesPerWord;
    double smog = 1.0430 * Math.sqrt(polysyllables * 30.0 / sentences) + 3.1291;
    return new ReadabilityScores(words, sentences, syllables, polysyllables, grade, ease, smog);
  }
}
