package dev.pamphlet.core.build;

import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.ThematicBreak;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The block-level half of every builder: articles, sections, callouts, quotes, list items and
 * notes all hold blocks and share these methods.
 *
 * <p>Blocks are recorded, not built, until the article is built: section ids are slugs made
 * unique across the whole article, in document order, which only the article can do.
 *
 * @param <B> the concrete builder, returned for chaining
 */
public abstract class BlocksBuilder<B extends BlocksBuilder<B>> {
  private final List<Function<Ids.Allocator, Block>> blocks = new ArrayList<>();

  BlocksBuilder() {}

  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }

  /** Adds a ready-made block. */
  public B block(Block block) {
    blocks.add(ids -> block);
    return self();
  }

  /** Adds a paragraph of plain text. */
  public B paragraph(String text) {
    return block(Paragraph.of(text));
  }

  /** Adds a paragraph with inline markup: {@code p -> p.text("Call ").strong("911")}. */
  public B paragraph(Consumer<InlinesBuilder> content) {
    return block(new Paragraph(InlinesBuilder.build(content)));
  }

  /** Adds a section whose id is the slug of its title. */
  public B section(String title, Consumer<SectionBuilder> content) {
    return section("", title, content);
  }

  /** Adds a section with an explicit id ({@code ""} for the slug of its title). */
  public B section(String id, String title, Consumer<SectionBuilder> content) {
    SectionBuilder section = new SectionBuilder();
    content.accept(section);
    blocks.add(ids -> {
      String sectionId = id.isEmpty() ? ids.slugFor(title) : id;
      if (!id.isEmpty()) {
        ids.claim(id);
      }
      // Children after the heading: ids follow document order, as in Markdown.
      return new Section(sectionId, List.of(new dev.pamphlet.core.model.Text(title)),
          section.buildBlocks(ids));
    });
    return self();
  }

  /** Adds a bullet list. */
  public B bulletList(Consumer<ListBuilder> items) {
    ListBuilder list = new ListBuilder();
    items.accept(list);
    blocks.add(ids -> new BulletList(list.buildItems(ids)));
    return self();
  }

  /** Adds a numbered list starting at 1. */
  public B orderedList(Consumer<ListBuilder> items) {
    return orderedList(1, items);
  }

  /** Adds a numbered list starting at {@code start}. */
  public B orderedList(int start, Consumer<ListBuilder> items) {
    ListBuilder list = new ListBuilder();
    items.accept(list);
    blocks.add(ids -> new OrderedList(start, list.buildItems(ids)));
    return self();
  }

  /** Adds a callout with the kind's default title. */
  public B callout(CalloutKind kind, Consumer<BlockListBuilder> content) {
    return callout(kind, "", content);
  }

  /** Adds a callout with its own title. */
  public B callout(CalloutKind kind, String title, Consumer<BlockListBuilder> content) {
    BlockListBuilder inner = new BlockListBuilder();
    content.accept(inner);
    blocks.add(ids -> new Callout(kind, title, inner.buildBlocks(ids)));
    return self();
  }

  /** Adds a block quote. */
  public B quote(Consumer<BlockListBuilder> content) {
    BlockListBuilder inner = new BlockListBuilder();
    content.accept(inner);
    blocks.add(ids -> new BlockQuote(inner.buildBlocks(ids)));
    return self();
  }

  /** Adds a figure with no caption. */
  public B figure(String source, String alt) {
    return block(new Figure(source, alt, List.of()));
  }

  /** Adds a figure with a plain-text caption. */
  public B figure(String source, String alt, String caption) {
    return block(new Figure(source, alt, InlinesBuilder.build(i -> i.text(caption))));
  }

  /** Adds a table. */
  public B table(Consumer<TableBuilder> content) {
    TableBuilder table = new TableBuilder();
    content.accept(table);
    Table built = table.build();
    return block(built);
  }

  /** Adds a block of preformatted text. */
  public B code(String language, String code) {
    return block(new CodeBlock(language, code));
  }

  /** Adds a thematic break. */
  public B thematicBreak() {
    return block(ThematicBreak.INSTANCE);
  }

  List<Block> buildBlocks(Ids.Allocator ids) {
    List<Block> out = new ArrayList<>(blocks.size());
    for (Function<Ids.Allocator, Block> block : blocks) {
      out.add(block.apply(ids));
    }
    return out;
  }
}
