package dev.pamphlet.core.readability;

import java.util.List;

/**
 * One sentence of prose as the analysis counted it.
 *
 * @param text the sentence
 * @param sectionId the innermost section it is in ({@code ""} before the first section)
 * @param source the model node it came from (a paragraph, list, table …), for its position
 * @param words its words
 * @param syllables the syllables of all its words
 */
public record Sentence(String text, String sectionId, Object source, List<String> words,
    int syllables) {
  public Sentence {
    words = List.copyOf(words);
  }
}
