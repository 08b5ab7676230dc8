package dev.pamphlet.core.build;

import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** Collects inline content: {@code p -> p.text("Call ").strong("911").text(" at once.")}. */
public final class InlinesBuilder {
  private final List<Inline> inlines = new ArrayList<>();

  InlinesBuilder() {}

  /** Runs {@code content} on a fresh builder and returns what it collected. */
  public static List<Inline> build(Consumer<InlinesBuilder> content) {
    InlinesBuilder builder = new InlinesBuilder();
    content.accept(builder);
    return List.copyOf(builder.inlines);
  }

  public InlinesBuilder inline(Inline inline) {
    inlines.add(inline);
    return this;
  }

  public InlinesBuilder text(String text) {
    return inline(new Text(text));
  }

  public InlinesBuilder emphasis(String text) {
    return inline(new Emphasis(List.of(new Text(text))));
  }

  public InlinesBuilder strong(String text) {
    return inline(new Strong(List.of(new Text(text))));
  }

  public InlinesBuilder code(String code) {
    return inline(new Code(code));
  }

  public InlinesBuilder link(String url, String text) {
    return inline(new Link(url, List.of(new Text(text))));
  }

  /** A reference to another article; its title is filled in by exporters. */
  public InlinesBuilder crossRef(String article) {
    return inline(new CrossRef(article, ""));
  }

  /** A reference to a section; its title is filled in by exporters. */
  public InlinesBuilder crossRef(String article, String section) {
    return inline(new CrossRef(article, section));
  }

  /** A reference with its own label. */
  public InlinesBuilder crossRef(String article, String section, String label) {
    return inline(new CrossRef(article, section, List.of(new Text(label))));
  }

  /** A footnote of plain text. */
  public InlinesBuilder note(String text) {
    BlockListBuilder blocks = new BlockListBuilder();
    blocks.paragraph(text);
    // Notes hold no sections, so the allocator is never consulted.
    return inline(new Note(blocks.buildBlocks(Ids.allocator())));
  }

  /** A footnote holding blocks: {@code n -> n.paragraph("Such as:").bulletList(...)}. */
  public InlinesBuilder note(Consumer<BlockListBuilder> content) {
    BlockListBuilder blocks = new BlockListBuilder();
    content.accept(blocks);
    // A footnote's sections, if any, get ids of their own: notes are not in the outline.
    return inline(new Note(blocks.buildBlocks(Ids.allocator())));
  }

  public InlinesBuilder lineBreak() {
    return inline(LineBreak.INSTANCE);
  }
}
