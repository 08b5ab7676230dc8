package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.Exporters;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HtmlExporterProviderTest {
  private final HtmlExporterProvider provider = new HtmlExporterProvider();

  @Test
  void theHtmlExporterIsFoundOnTheClasspathByFormatName() {
    Exporters exporters = Exporters.discover();
    assertThat(exporters.formats()).contains("html");
    assertThat(exporters.create("html", Map.of())).isInstanceOf(HtmlExporter.class);
  }

  @Test
  void stringOptionsBecomeTypedOptions() {
    Exporter exporter = provider.create(Map.of("mode", "fragment", "heading-start", "2",
        "id-prefix", "leaflet-", "class-prefix", "", "new-tab", "true", "large-print", "yes"));
    HtmlOptions options = ((HtmlExporter) exporter).options();
    assertThat(options.mode()).isEqualTo(HtmlMode.FRAGMENT);
    assertThat(options.headingStart()).isEqualTo(2);
    assertThat(options.idPrefix()).isEqualTo("leaflet-");
    assertThat(options.classPrefix()).isEmpty();
    assertThat(options.externalLinksNewTab()).isTrue();
    assertThat(options.largePrint()).isTrue();
  }

  @Test
  void noOptionsGiveTheDefaults() {
    HtmlOptions options = ((HtmlExporter) provider.create(Map.of())).options();
    assertThat(options.mode()).isEqualTo(HtmlMode.BOTH);
    assertThat(options.headingStart()).isEqualTo(1);
    assertThat(options.classPrefix()).isEqualTo("pamphlet-");
  }

  @Test
  void anUnknownOptionIsNamedWithTheValidOnes() {
    assertThatThrownBy(() -> provider.create(Map.of("heading-level", "2")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"heading-level\"")
        .hasMessageContaining("mode, heading-start, id-prefix, class-prefix, new-tab, "
            + "large-print");
  }

  @Test
  void badValuesAreNamedWithWhatIsExpected() {
    assertThatThrownBy(() -> provider.create(Map.of("heading-start", "7")))
        .hasMessageContaining("heading-start=\"7\"").hasMessageContaining("1 to 6");
    assertThatThrownBy(() -> provider.create(Map.of("heading-start", "two")))
        .hasMessageContaining("heading-start=\"two\"");
    assertThatThrownBy(() -> provider.create(Map.of("mode", "pdf")))
        .hasMessageContaining("fragment, standalone or both");
    assertThatThrownBy(() -> provider.create(Map.of("new-tab", "maybe")))
        .hasMessageContaining("true or false");
    assertThatThrownBy(() -> provider.create(Map.of("id-prefix", "a b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("idPrefix");
  }

  @Test
  void everyOptionIsDescribed() {
    assertThat(provider.options()).containsOnlyKeys("mode", "heading-start", "id-prefix",
        "class-prefix", "new-tab", "large-print");
    assertThat(provider.options().values()).allMatch(d -> !d.isBlank());
    assertThat(provider.format()).isEqualTo("html");
  }
}
