package dev.pamphlet.export.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each accessibility claim follows from the content, never stated regardless of it. */
class AccessibilityTest {
  @Test
  void textOnlyBookletIsTextualAndClaimsNoAlternativeText() {
    Accessibility a11y = Accessibility.of(new Accessibility.Content(2, List.of(), 0, false,
        false, false));
    assertThat(a11y.accessModes()).containsExactly("textual");
    assertThat(a11y.accessModesSufficient()).containsExactly("textual");
    assertThat(a11y.features()).doesNotContain("alternativeText", "largePrint",
        "pageBreakMarkers");
    assertThat(a11y.conformsTo()).isEqualTo(Accessibility.EPUB_A11Y_11_WCAG_21_AA);
    assertThat(a11y.summary()).contains("2 chapters", "no images");
  }

  @Test
  void describedImagesAreVisualAndSufficientAsText() {
    Accessibility a11y = Accessibility.of(new Accessibility.Content(1, List.of("A chair"), 0,
        true, false, false));
    assertThat(a11y.accessModes()).containsExactly("textual", "visual");
    assertThat(a11y.accessModesSufficient()).containsExactly("textual", "textual,visual");
    assertThat(a11y.features()).contains("alternativeText");
    assertThat(a11y.summary()).contains("Each of its 1 image has a text description",
        "Footnotes link");
  }

  @Test
  void anImageWithoutAltTextWithdrawsAlternativeTextAndTheConformanceClaim() {
    Accessibility a11y = Accessibility.of(new Accessibility.Content(1, List.of("A chair", " "),
        0, false, false, false));
    assertThat(a11y.features()).doesNotContain("alternativeText");
    assertThat(a11y.accessModesSufficient()).containsExactly("textual,visual");
    assertThat(a11y.conformsTo()).isEmpty();
    assertThat(a11y.summary()).contains("1 of its 2 images have no text description")
        .doesNotContain("WCAG");
  }

  @Test
  void largePrintAndPageListAreClaimedOnlyWhenPresent() {
    Accessibility a11y = Accessibility.of(new Accessibility.Content(1, List.of(), 0, false,
        true, true));
    assertThat(a11y.features()).contains("largePrint", "pageBreakMarkers", "pageNavigation");
    assertThat(a11y.summary()).contains("large-print", "Page numbers match");
  }
}
