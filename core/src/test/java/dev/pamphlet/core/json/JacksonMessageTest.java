package dev.pamphlet.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Jackson's messages reach users without Jackson's internal source descriptions. */
class JacksonMessageTest {
  private static final String REDACTED =
      "REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled)";

  @Test
  void aLocatedDescriptionBecomesLineAndColumn() {
    assertThat(TreeParser.clean("Unexpected end-of-input: expected close marker for Object "
        + "(start marker at [Source: " + REDACTED + "; line: 1, column: 1])"))
        .isEqualTo("Unexpected end-of-input: expected close marker for Object "
            + "(start marker at line 1, column 1)");
  }

  @Test
  void aDescriptionWithoutALineIsLeftOutWithItsWrapper() {
    assertThat(TreeParser.clean("Unexpected character (start marker at [Source: " + REDACTED
        + "]) here")).isEqualTo("Unexpected character here");
    assertThat(TreeParser.clean("Broken  [Source: " + REDACTED + "]")).isEqualTo("Broken");
    assertThat(TreeParser.clean(null)).isEqualTo("unreadable input");
  }

  @Test
  void aMessageQuotingHostileInputIsCleanedInLinearTime() {
    String hostile = "Unrecognized token '" + " ".repeat(200_000) + "(" + "[Source: x".repeat(
        20_000) + "'";
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> TreeParser.clean(hostile));
  }
}
