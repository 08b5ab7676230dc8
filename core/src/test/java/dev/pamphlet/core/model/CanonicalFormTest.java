package dev.pamphlet.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Records are canonical at construction, so {@code equals} means "same content". */
class CanonicalFormTest {
  @Test
  void adjacentTextsAreMergedAndEmptyTextsDropped() {
    Paragraph paragraph = new Paragraph(List.of(new Text("Call "), new Text(""),
        new Text("us "), new Strong(List.of(new Text("today"))), new Text("."), new Text("")));
    assertThat(paragraph.content()).containsExactly(new Text("Call us "),
        new Strong(List.of(new Text("today"))), new Text("."));
  }

  @Test
  void paragraphsThatReadTheSameAreEqual() {
    Paragraph split = new Paragraph(List.of(new Text("Drink "), new Text("water.")));
    Paragraph whole = Paragraph.of("Drink water.");
    assertThat(split).isEqualTo(whole).hasSameHashCodeAs(whole);
  }

  @Test
  void nestedInlineContentIsCanonicalToo() {
    Emphasis emphasis = new Emphasis(List.of(new Text("a"), new Text("b")));
    assertThat(emphasis.content()).containsExactly(new Text("ab"));
    CrossRef ref = new CrossRef("a", "", List.of(new Text("x"), new Text("y")));
    assertThat(ref.label()).containsExactly(new Text("xy"));
  }

  @Test
  void canonicalListKeepsNodeIdentityWhenNothingChanges() {
    // Source maps key on identity: canonicalising must not replace nodes needlessly.
    Text text = new Text("unchanged");
    Paragraph paragraph = new Paragraph(List.of(text));
    assertThat(paragraph.content().get(0)).isSameAs(text);
  }

  @Test
  void listsAreCopiedSoLaterChangesToTheSourceDoNotLeakIn() {
    List<Block> blocks = new ArrayList<>(List.of(Paragraph.of("one")));
    BlockQuote quote = new BlockQuote(blocks);
    blocks.add(Paragraph.of("two"));
    assertThat(quote.blocks()).hasSize(1);
  }

  @Test
  void listsAreUnmodifiable() {
    Section section = new Section("s", List.of(new Text("S")), List.of(Paragraph.of("x")));
    assertThatThrownBy(() -> section.blocks().add(Paragraph.of("y")))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> section.title().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    Metadata metadata = Metadata.builder().author("A").build();
    assertThatThrownBy(() -> metadata.authors().add("B"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullsAreRejectedWithTheFieldName() {
    assertThatThrownBy(() -> new Text(null)).hasMessageContaining("value");
    assertThatThrownBy(() -> new Link(null, List.of())).hasMessageContaining("url");
    assertThatThrownBy(() -> new Callout(null, "", List.of())).hasMessageContaining("kind");
    assertThatThrownBy(() -> new Article("a", null, List.of()))
        .hasMessageContaining("metadata");
    assertThatThrownBy(() -> new ListItem(null, List.of())).hasMessageContaining("check");
  }

  @Test
  void nullElementsInListsAreRejected() {
    assertThatThrownBy(() -> new Paragraph(Arrays.asList(new Text("a"), null)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new BlockQuote(Arrays.asList(Paragraph.of("a"), null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void invalidValuesAreRejected() {
    assertThatThrownBy(() -> new OrderedList(-1, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> new Section("has space", List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("has space");
    assertThatThrownBy(() -> new CrossRef(" ", ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Citation("", "https://example.org"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void equalArticlesAreEqualWhateverTheyWereBuiltFrom() {
    Article a = new Article("a", Metadata.builder().title("T").build(),
        List.of(new Paragraph(List.of(new Text("x"), new Text("y")))));
    Article b = new Article("a", Metadata.builder().title("T").build(),
        List.of(Paragraph.of("xy")));
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(new Article("b", a.metadata(), a.blocks()));
  }

  @Test
  void calloutShowsItsKindsTitleWhenItHasNone() {
    assertThat(new Callout(CalloutKind.WARNING, "", List.of()).displayTitle())
        .isEqualTo("Warning");
    assertThat(new Callout(CalloutKind.WARNING, "When to call us", List.of()).displayTitle())
        .isEqualTo("When to call us");
    assertThat(CalloutKind.fromId("CAUTION")).contains(CalloutKind.CAUTION);
    assertThat(CalloutKind.fromId("danger")).isEmpty();
  }

  @Test
  void plainTextDropsMarkupAndFootnotesAndReadsLabels() {
    List<Inline> inlines = List.of(new Text("Take "), new Strong(List.of(new Text("one"))),
        new Note(List.of(Paragraph.of("not this"))), LineBreak.INSTANCE, new Code("pill"),
        new CrossRef("a", "", List.of(new Text(" (see dosing)"))));
    assertThat(Inlines.plainText(inlines)).isEqualTo("Take one pill (see dosing)");
  }

  @Test
  void articleInheritsEmptyFieldsFromThePublication() {
    Article article = Article.builder("a").title("Own title").build();
    Publication publication = Publication.builder().title("Booklet").language("en")
        .metadata(m -> m.organization("Clinic", "555-0100")).article(article).build();
    Metadata effective = publication.effectiveMetadata(article);
    assertThat(effective.title()).isEqualTo("Own title");
    assertThat(effective.language()).isEqualTo("en");
    assertThat(effective.organization().name()).isEqualTo("Clinic");
  }
}
