package dev.pamphlet.core.readability;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {
  private final SentenceSplitter splitter = SentenceSplitter.english();

  @Test
  void splitsAtEndMarksFollowedByACapital() {
    assertThat(splitter.split("Rest today. Call us tomorrow! Are you well?"))
        .containsExactly("Rest today.", "Call us tomorrow!", "Are you well?");
  }

  @Test
  void titlesAndLatinAbbreviationsDoNotEndASentence() {
    assertThat(splitter.split("Dr. Lee will see you. Bring a list, e.g. your medicines."))
        .containsExactly("Dr. Lee will see you.", "Bring a list, e.g. your medicines.");
  }

  @Test
  void decimalNumbersDoNotEndASentence() {
    assertThat(splitter.split("Take 2.5 mg at night. Then sleep."))
        .containsExactly("Take 2.5 mg at night.", "Then sleep.");
  }

  @Test
  void initialsDoNotEndASentence() {
    assertThat(splitter.split("Ask J. Smith at the desk. She can help."))
        .containsExactly("Ask J. Smith at the desk.", "She can help.");
  }

  @Test
  void textWithoutAnEndMarkIsOneSentence() {
    assertThat(splitter.split("Bring a friend to drive you home"))
        .containsExactly("Bring a friend to drive you home");
  }

  @Test
  void closingQuotesStayWithTheirSentence() {
    assertThat(splitter.split("She said \"Rest.\" Then she left."))
        .containsExactly("She said \"Rest.\"", "Then she left.");
  }

  @Test
  void lowercaseAfterAPointDoesNotStartASentence() {
    assertThat(splitter.split("Wait 30 min. before eating."))
        .containsExactly("Wait 30 min. before eating.");
  }

  @Test
  void emptyTextHasNoSentences() {
    assertThat(splitter.split("   ")).isEmpty();
  }
}
