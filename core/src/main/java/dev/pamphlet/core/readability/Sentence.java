package dev.pamphlet.core.readability;

import java.util.List;

/**
 * One sentence of prose as the analysis counted it.
 *
 * @param text the sentence
 * @param sections the ids of the sections it is in, outermost first (empty before the first)
 * @param source the model node it came from (a paragraph, figure, table …), for its position
 * @param words its words
 * @param syllables the syllables of all its words
 * @param polysyllables how many of its words have three syllables or more
 */
public record Sentence(String text, List<String> sections, Object source, List<String> words,
    int syllables, int polysyllables) {
  public Sentence {
    sections = List.copyOf(sections);
    words = List.copyOf(words);
  }

  /** The innermost section it is in, or {@code ""} before the first section. */
  public String sectionId() {
    return sections.isEmpty() ? "" : sections.get(sections.size() - 1);
  }

  /** Whether it is inside section {@code id}, directly or in one of its sub-sections. */
  public boolean isWithin(String id) {
    return sections.contains(id);
  }
}
