package dev.pamphlet.export.epub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The string options the command line passes become typed options, or a clear error. */
class EpubExporterProviderTest {
  private final EpubExporterProvider provider = new EpubExporterProvider();

  private EpubOptions options(Map<String, String> strings) {
    return ((EpubExporter) provider.create(strings)).options();
  }

  @Test
  void optionsAreReadIntoTheirTypedForm() {
    EpubOptions options = options(Map.of("large-print", "yes", "identifier",
        " urn:isbn:9780000000002 ", "page-map", "intro=1  intro#dose=2\nafter=iv"));
    assertThat(options.largePrint()).isTrue();
    assertThat(options.identifier()).isEqualTo("urn:isbn:9780000000002");
    assertThat(options.pageMap()).containsExactlyInAnyOrderEntriesOf(
        Map.of("intro", "1", "intro#dose", "2", "after", "iv"));
    assertThat(options(Map.of())).isEqualTo(EpubOptions.DEFAULTS);
  }

  @Test
  void everyOptionIsDescribed() {
    assertThat(provider.options()).containsOnlyKeys("large-print", "identifier", "page-map");
  }

  @Test
  void badValuesAreRejectedByName() {
    assertThatThrownBy(() -> provider.create(Map.of("large-print", "maybe")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("large-print");
    assertThatThrownBy(() -> provider.create(Map.of("page-map", "intro")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page-map");
    assertThatThrownBy(() -> provider.create(Map.of("page-map", "intro=")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page-map");
  }
}
