package dev.pamphlet.cli.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Samples;
import dev.pamphlet.export.html.HtmlExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The nothing-lost check catches losses: the real HTML of the sample passes; with a list item,
 * a table cell, a footnote or a callout title taken out, or two items swapped, it fails.
 */
class NothingLostCanFailTest {
  private final Publication sample = Samples.everyNode();
  private String html;
  private Article before;
  private Article after;

  @BeforeEach
  void export() throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    new HtmlExporter().export(sample, out);
    html = new String(out.file("index.html"), StandardCharsets.UTF_8);
    before = sample.articles().get(0);
    after = sample.articles().get(1);
  }

  private boolean loses(Article article, String page) {
    return !NothingLost.missingFromHtml(sample, article, page).isEmpty();
  }

  @Test
  void theRealPageLosesNothing() {
    assertThat(loses(before, html)).isFalse();
    assertThat(loses(after, html)).isFalse();
  }

  @Test
  void aDroppedListItemIsALoss() {
    assertThat(loses(before, html.replace("nested bullet marker", ""))).isTrue();
  }

  @Test
  void aDroppedTableCellIsALoss() {
    assertThat(loses(after, html.replace("<td>Tired</td>", "<td></td>"))).isTrue();
  }

  @Test
  void aDroppedFootnoteIsALoss() {
    assertThat(loses(before, html.replace("footnote list item", ""))).isTrue();
  }

  @Test
  void aDroppedCalloutTitleIsALoss() {
    assertThat(loses(before, html.replace("When to call us", "Warning"))).isTrue();
  }

  @Test
  void swappedListItemsAreALoss() {
    String swapped = html.replace("<li>ordered item marker</li>\n<li>fourth step</li>",
        "<li>fourth step</li>\n<li>ordered item marker</li>");
    assertThat(swapped).isNotEqualTo(html);
    assertThat(loses(before, swapped)).isTrue();
  }
}
