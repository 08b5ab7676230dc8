package dev.pamphlet.core.readability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import org.junit.jupiter.api.Test;

class ManifestRulesTest {
  @Test
  void settingsInTheManifestOverrideTheDefaults() {
    ReadResult<PlainLanguageRules> result = ManifestRules.read("booklet.yaml", """
        title: Booklet
        plain-language:
          target-grade: 6
          max-sentence-words: 20
          require-action: false
          plainer-words:
            commence: begin
            hospitalization: hospital stay
        """, PlainLanguageRules.DEFAULT);
    PlainLanguageRules rules = result.value();
    assertThat(result.diagnostics()).isEmpty();
    assertThat(rules.targetGrade()).isEqualTo(6);
    assertThat(rules.maxSentenceWords()).isEqualTo(20);
    assertThat(rules.maxSectionWords()).isEqualTo(PlainLanguageRules.DEFAULT.maxSectionWords());
    assertThat(rules.requireAction()).isFalse();
    assertThat(rules.plainerWords()).containsEntry("commence", "begin")
        .containsEntry("hospitalization", "hospital stay").containsEntry("utilize", "use");
  }

  @Test
  void aManifestWithoutPlainLanguageSettingsKeepsTheDefaults() {
    assertThat(ManifestRules.read("booklet.yaml", "title: x\n", PlainLanguageRules.DEFAULT)
        .value()).isEqualTo(PlainLanguageRules.DEFAULT);
  }

  @Test
  void badValuesAreReportedAndTheDefaultStands() {
    ReadResult<PlainLanguageRules> result = ManifestRules.read("booklet.yaml", """
        plain-language:
          target-grade: hard
          colour: blue
        """, PlainLanguageRules.DEFAULT);
    assertThat(result.value().targetGrade()).isEqualTo(8);
    assertThat(result.diagnostics()).extracting(Diagnostic::code)
        .containsExactlyInAnyOrder("manifest.bad-value", "manifest.unknown-key");
    assertThat(result.diagnostics().get(0).toString()).startsWith("booklet.yaml: ");
  }
}
