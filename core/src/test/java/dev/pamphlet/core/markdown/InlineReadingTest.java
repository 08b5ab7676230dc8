package dev.pamphlet.core.markdown;

import static dev.pamphlet.core.markdown.Markdown.only;
import static dev.pamphlet.core.markdown.Markdown.problems;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

class InlineReadingTest {
  @Test
  void emphasisStrongAndCodeAreTyped() {
    assertThat(inlines("*mild* **strong** `0.5 mg`")).containsExactly(
        new Emphasis(List.of(new Text("mild"))), new Text(" "),
        new Strong(List.of(new Text("strong"))), new Text(" "), new Code("0.5 mg"));
  }

  @Test
  void hardBreakIsALineBreak() {
    assertThat(inlines("Riverside Clinic  \nMain Street")).containsExactly(
        new Text("Riverside Clinic"), LineBreak.INSTANCE, new Text("Main Street"));
  }

  @Test
  void escapesAndEntitiesAreDecodedToText() {
    assertThat(inlines("\\*not emphasis\\* &amp; &copy;"))
        .containsExactly(new Text("*not emphasis* & ©"));
  }

  @Test
  void linkToAnIdInThisArticleIsACrossReference() {
    assertThat(inlines("see [dosing](#dosing)"))
        .containsExactly(new Text("see "), crossRef("guide", "dosing", "dosing"));
  }

  @Test
  void linksToOtherArticlesByFileNameAreCrossReferences() {
    assertThat(inlines("[a](other.md#risks)")).containsExactly(crossRef("other", "risks", "a"));
    assertThat(inlines("[a](other#risks)")).containsExactly(crossRef("other", "risks", "a"));
    assertThat(inlines("[a](other.md)")).containsExactly(crossRef("other", "", "a"));
    assertThat(inlines("[a](other)")).containsExactly(crossRef("other", "", "a"));
    assertThat(inlines("[a](../topics/other.md#x)")).containsExactly(crossRef("other", "x", "a"));
  }

  @Test
  void fileNameThatCannotBeAnArticleIdMakesAnExternalLink() {
    assertThat(inlines("[a](my%20notes.md)"))
        .containsExactly(new Link("my%20notes.md", List.of(new Text("a"))));
  }

  @Test
  void crossReferenceWithEmptyTextHasAnEmptyLabel() {
    assertThat(inlines("[](other.md#risks)"))
        .containsExactly(new CrossRef("other", "risks", List.of()));
  }

  @Test
  void everythingElseIsAnExternalLink() {
    assertThat(inlines("[NHS](https://www.nhs.uk \"NHS\")"))
        .containsExactly(new Link("https://www.nhs.uk", "NHS", List.of(new Text("NHS"))));
    assertThat(inlines("[call](tel:+441615550100)")).containsExactly(
        new Link("tel:+441615550100", List.of(new Text("call"))));
    assertThat(inlines("[leaflet](leaflet.pdf)")).containsExactly(
        new Link("leaflet.pdf", List.of(new Text("leaflet"))));
    assertThat(inlines("[root](/about)")).containsExactly(
        new Link("/about", List.of(new Text("root"))));
  }

  @Test
  void autolinksAreLinksShowingTheirAddress() {
    assertThat(inlines("<https://www.nhs.uk> <help@clinic.org>")).containsExactly(
        new Link("https://www.nhs.uk", List.of(new Text("https://www.nhs.uk"))), new Text(" "),
        new Link("mailto:help@clinic.org", List.of(new Text("help@clinic.org"))));
  }

  @Test
  void referenceStyleLinksAreResolved() {
    assertThat(inlines("[NHS][nhs]\n\n[nhs]: https://www.nhs.uk"))
        .containsExactly(new Link("https://www.nhs.uk", List.of(new Text("NHS"))));
  }

  @Test
  void undefinedReferenceStaysAsWritten() {
    assertThat(inlines("[not a link]")).containsExactly(new Text("[not a link]"));
  }

  @Test
  void footnoteBecomesANoteHoldingItsBlocksAtTheReference() {
    assertThat(inlines("Most people feel calm.[^1]\n\n[^1]: In our 2025 audit.")).containsExactly(
        new Text("Most people feel calm."),
        new Note(List.of(Paragraph.of("In our 2025 audit."))));
  }

  @Test
  void footnoteDefinedBeforeItsCitationIsANoteAndLeavesNoBlock() {
    assertThat(Markdown.blocks("[^a]: Early.\n\nCited.[^a]\n")).containsExactly(new Paragraph(
        List.of(new Text("Cited."), new Note(List.of(Paragraph.of("Early."))))));
  }

  @Test
  void undefinedFootnoteIsReportedAndItsTextKept() {
    assertThat(inlines("Calm.[^gone]")).containsExactly(new Text("Calm.[^gone]"));
    assertThat(problems("Calm.[^gone]")).containsExactly("footnote.undefined@1:6");
  }

  @Test
  void footnoteNeverCitedIsReportedAndItsTextKeptWhereItIsWritten() {
    assertThat(only("[^1]: Lonely note.")).isEqualTo(Paragraph.of("Lonely note."));
    assertThat(problems("[^1]: Lonely note.")).containsExactly("footnote.unused@1:1");
  }

  @Test
  void footnoteCitingItselfDoesNotLoop() {
    assertThat(problems("A.[^1]\n\n[^1]: B.[^1]")).containsExactly("footnote.recursive@3:9");
  }

  @Test
  void imageInRunningTextKeepsItsAltTextAndIsReported() {
    assertThat(inlines("Take ![one tablet](pill.png) daily."))
        .containsExactly(new Text("Take one tablet daily."));
    assertThat(problems("Take ![one tablet](pill.png) daily.")).containsExactly("image.inline@1:6");
  }

  @Test
  void strikethroughKeepsItsTextAndIsReported() {
    assertThat(inlines("~~old~~ new")).containsExactly(new Text("old new"));
    assertThat(problems("~~old~~ new")).containsExactly("markdown.unsupported@1:1");
  }

  @Test
  void attributeBlockOutsideAHeadingIsText() {
    assertThat(inlines("Dose {2 mg} daily")).containsExactly(new Text("Dose {2 mg} daily"));
  }

  private static List<Inline> inlines(String markdown) {
    return ((Paragraph) Markdown.blocks(markdown).get(0)).content();
  }

  private static CrossRef crossRef(String article, String section, String label) {
    return new CrossRef(article, section, List.of(new Text(label)));
  }
}
