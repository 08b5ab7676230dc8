package dev.pamphlet.core.markdown;

import static dev.pamphlet.core.markdown.Markdown.only;
import static dev.pamphlet.core.markdown.Markdown.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class CalloutReadingTest {
  @Test
  void gitHubAlertIsACalloutOfItsKind() {
    assertThat(only("> [!WARNING]\n> Do not drive for 24 hours.\n")).isEqualTo(new Callout(
        CalloutKind.WARNING, "", List.of(Paragraph.of("Do not drive for 24 hours."))));
  }

  @Test
  void textAfterTheAlertMarkerIsTheTitle() {
    assertThat(only("> [!CAUTION] When to call us\n> Chest pain.\n>\n> Confusion.\n"))
        .isEqualTo(new Callout(CalloutKind.CAUTION, "When to call us",
            List.of(Paragraph.of("Chest pain."), Paragraph.of("Confusion."))));
  }

  @Test
  void alertKindsIgnoreCase() {
    assertThat(only("> [!tip]\n> Bring music.\n"))
        .isEqualTo(new Callout(CalloutKind.TIP, "", List.of(Paragraph.of("Bring music."))));
  }

  @Test
  void unknownAlertKindIsReportedAndReadAsAQuote() {
    String markdown = "> [!DANGER]\n> Careful.\n";

    assertThat(only(markdown)).isInstanceOf(BlockQuote.class);
    assertThat(ModelText.of(Markdown.read(markdown).value())).contains("[!DANGER]", "Careful.");
    assertThat(problems(markdown)).containsExactly("callout.unknown-kind@1:1");
  }

  @Test
  void admonitionIsACalloutWithItsQuotedTitle() {
    assertThat(only("!!! note \"Before you come\"\n    Eat a light meal.\n")).isEqualTo(
        new Callout(CalloutKind.NOTE, "Before you come",
            List.of(Paragraph.of("Eat a light meal."))));
  }

  @Test
  void admonitionWithoutTitleUsesTheKindsDefault() {
    Callout callout = (Callout) only("!!! important\n    Keep this leaflet.\n");

    assertThat(callout.title()).isEmpty();
    assertThat(callout.displayTitle()).isEqualTo("Important");
  }

  @Test
  void unknownAdmonitionKindIsReportedAndReadAsAQuoteKeepingItsTitle() {
    String markdown = "!!! danger \"Stop\"\n    Seek help.\n";

    assertThat(only(markdown)).isEqualTo(new BlockQuote(List.of(
        new Paragraph(List.of(new Strong(List.of(new Text("Stop"))))),
        Paragraph.of("Seek help."))));
    assertThat(problems(markdown)).containsExactly("callout.unknown-kind@1:1");
  }

  @Test
  void ordinaryQuoteStaysAQuote() {
    assertThat(only("> [Not an alert] just brackets\n")).isInstanceOf(BlockQuote.class);
  }
}
