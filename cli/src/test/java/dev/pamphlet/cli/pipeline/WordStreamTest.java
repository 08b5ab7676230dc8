package dev.pamphlet.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.cli.pipeline.WordStream.Run;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The word rules of the nothing-lost check, so that it can fail (see {@link NothingLostTest}). */
class WordStreamTest {
  private static List<String> words(String text) {
    return WordStream.words(text, cp -> false).stream().map(Run::letters).toList();
  }

  private static List<String> missing(WordStream expected, String rendered, boolean cuts) {
    return WordStream.missing(expected.runs(cp -> false), WordStream.words(rendered, cp -> false),
        cuts).stream().map(Run::letters).toList();
  }

  private static List<String> missing(String expected, String rendered) {
    return missing(new WordStream().append(expected), rendered, false);
  }

  @Test
  void wordsAreLettersMarksAndDigitsAndEverythingElseSeparatesThem() {
    assertThat(words("Take 2.5 mg — twice; «daily»! 🙂 ok")).containsExactly("Take", "2", "5",
        "mg", "twice", "daily", "ok");
  }

  @Test
  void invisibleCharactersAreDeletedRatherThanSeparatingWords() {
    assertThat(words("do\u200Bse a\u0001b c\uFFFDd e\uFE0F")).containsExactly("dose", "ab", "cd",
        "e");
  }

  @Test
  void composedAndDecomposedAccentsAreTheSameWord() {
    assertThat(missing("caf\u00e9", "caf\u0065\u0301")).isEmpty();
  }

  @Test
  void everyWordFoundInOrderIsNothingMissing() {
    assertThat(missing("call us today", "1 Call: call us, please, today.")).isEmpty();
  }

  @Test
  void aDroppedWordIsMissing() {
    assertThat(missing("call us today", "call today")).containsExactly("us");
  }

  @Test
  void wordsOutOfOrderAreMissing() {
    assertThat(missing("rest then walk", "walk then rest")).isNotEmpty();
  }

  @Test
  void aWordIsNeverFoundInsideALongerWord() {
    assertThat(missing("rest", "restful interest")).containsExactly("rest");
  }

  @Test
  void aWordIsNotFoundSplitInTwoOutsideAPdf() {
    WordStream expected = new WordStream().append("neuroplasticity");
    assertThat(missing(expected, "neuroplas ticity", false)).containsExactly("neuroplasticity");
    assertThat(missing(expected, "neuroplas\nticity", true)).isEmpty();
  }

  @Test
  void whereInlinesMeetAFormatMayBreakAWordOrNot() {
    WordStream expected = new WordStream().soft().append("bold").soft().soft().append("text")
        .soft();
    assertThat(missing(expected, "boldtext", false)).isEmpty();
    assertThat(missing(expected, "bold text", false)).isEmpty();
    assertThat(missing(new WordStream().append("boldtext"), "bold text", false)).isNotEmpty();
  }

  @Test
  void textAFormatAddsMayBeGluedToTheWordsAroundIt() {
    WordStream expected = new WordStream().append("see").insertion().append("first");
    assertThat(missing(expected, "seeSide effectsfirst", false)).isEmpty();
    assertThat(missing(expected, "sea Side effects thirst", false)).containsExactly("see",
        "first");
  }
}
