package dev.pamphlet.core.markdown;

import static dev.pamphlet.core.markdown.Markdown.only;
import static dev.pamphlet.core.markdown.Markdown.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.model.ThematicBreak;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockReadingTest {
  @Test
  void softBreaksInAParagraphBecomeSpaces() {
    assertThat(only("Rest after\nthe session.\n"))
        .isEqualTo(Paragraph.of("Rest after the session."));
  }

  @Test
  void bulletListItemsHoldBlocksSoListsNest() {
    assertThat(only("- Water\n- Snacks\n  - fruit\n")).isEqualTo(new BulletList(List.of(
        item(Paragraph.of("Water")),
        item(Paragraph.of("Snacks"), new BulletList(List.of(item(Paragraph.of("fruit"))))))));
  }

  @Test
  void orderedListKeepsItsStartNumber() {
    assertThat(only("3. Lie down\n4. Breathe\n")).isEqualTo(new OrderedList(3,
        List.of(item(Paragraph.of("Lie down")), item(Paragraph.of("Breathe")))));
  }

  @Test
  void taskListItemsCarryTheirCheckState() {
    assertThat(only("- [ ] Arrange a lift home\n- [x] Eat lightly\n")).isEqualTo(
        new BulletList(List.of(
            new ListItem(CheckState.UNCHECKED, List.of(Paragraph.of("Arrange a lift home"))),
            new ListItem(CheckState.CHECKED, List.of(Paragraph.of("Eat lightly"))))));
  }

  @Test
  void gfmTableHasOneHeaderRowBodyRowsAndNoCaption() {
    assertThat(only("| Time | Feeling |\n|---|---|\n| 0 min | calm |\n| 40 min | floaty |\n"))
        .isEqualTo(new Table(List.of(row("Time", "Feeling")),
            List.of(row("0 min", "calm"), row("40 min", "floaty")), List.of()));
  }

  @Test
  void tableWhoseDelimiterRowDoesNotMatchItsHeaderIsReadAsText() {
    String markdown = "| a | b |\n| --- |\n| c |\n";

    assertThat(only(markdown)).isEqualTo(Paragraph.of("| a | b | | --- | | c |"));
    assertThat(problems(markdown)).containsExactly("table.malformed@1:1");
  }

  @Test
  void fencedCodeKeepsItsLanguageAndLines() {
    assertThat(only("```text\nline 1\nline 2\n```\n"))
        .isEqualTo(new CodeBlock("text", "line 1\nline 2"));
  }

  @Test
  void indentedCodeIsACodeBlockWithoutLanguage() {
    assertThat(only("    dose = 0.5 mg/kg\n")).isEqualTo(new CodeBlock("", "dose = 0.5 mg/kg"));
  }

  @Test
  void blockQuoteHoldsBlocks() {
    assertThat(only("> I felt lighter.\n>\n> Then tired.\n")).isEqualTo(
        new BlockQuote(List.of(Paragraph.of("I felt lighter."), Paragraph.of("Then tired."))));
  }

  @Test
  void thematicBreakIsKept() {
    assertThat(only("***\n")).isEqualTo(ThematicBreak.INSTANCE);
  }

  @Test
  void paragraphOfOnlyAnImageIsAFigureWithAltTextAndTitleAsCaption() {
    assertThat(only("![Brain networks before and after](networks.png \"Figure 1\")\n"))
        .isEqualTo(new Figure("networks.png", "Brain networks before and after",
            List.of(new Text("Figure 1"))));
  }

  @Test
  void figureWithoutTitleHasNoCaptionAndEmptyAltIsKeptForTheValidator() {
    assertThat(only("![](scan.png)\n")).isEqualTo(new Figure("scan.png", "", List.of()));
  }

  @Test
  void referenceStyleImageAloneIsAFigure() {
    assertThat(only("![Scan][s]\n\n[s]: scan.png\n"))
        .isEqualTo(new Figure("scan.png", "Scan", List.of()));
  }

  @Test
  void linkReferenceDefinitionsLeaveNoBlock() {
    assertThat(Markdown.blocks("[nhs]: https://www.nhs.uk\n")).isEmpty();
  }

  private static ListItem item(dev.pamphlet.core.model.Block... blocks) {
    return new ListItem(List.of(blocks));
  }

  private static TableRow row(String... cells) {
    return new TableRow(java.util.Arrays.stream(cells).map(TableCell::of).toList());
  }
}
