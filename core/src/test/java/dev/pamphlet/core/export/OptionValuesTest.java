package dev.pamphlet.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class OptionValuesTest {
  @Test
  void booleansAcceptTheUsualWordsAndABareFlag() {
    assertThat(OptionValues.bool("pdf", "large-print", "TRUE")).isTrue();
    assertThat(OptionValues.bool("pdf", "large-print", "yes")).isTrue();
    assertThat(OptionValues.bool("pdf", "large-print", "")).isTrue();
    assertThat(OptionValues.bool("pdf", "large-print", "off")).isFalse();
  }

  @Test
  void aBadValueNamesTheFormatTheOptionAndWhatIsExpected() {
    assertThatThrownBy(() -> OptionValues.bool("pdf", "large-print", "maybe"))
        .hasMessage("pdf option large-print=\"maybe\" is not valid: expected true or false");
    assertThatThrownBy(() -> OptionValues.integer("html", "heading-start", "7", 1, 6))
        .hasMessage("html option heading-start=\"7\" is not valid: expected a number from 1 to 6");
    assertThatThrownBy(() -> OptionValues.number("pdf", "margin", "wide", "a number of points"))
        .hasMessageContaining("expected a number of points");
  }

  @Test
  void anUnknownOptionListsTheValidOnes() {
    assertThat(OptionValues.unknown("epub", "colour", List.of("large-print", "identifier")))
        .hasMessage("unknown epub option \"colour\"; valid options: large-print, identifier");
  }
}
