package dev.pamphlet.core.json;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BlockVisitor;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.InlineVisitor;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Organization;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.model.ThematicBreak;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the model as wire format 1, field by field, in a fixed order. Required fields are
 * always written; optional fields are left out when empty (their default when read back).
 */
final class ModelWriter implements BlockVisitor<Void>, InlineVisitor<Void> {

  private final JsonGenerator out;

  ModelWriter(JsonGenerator out) {
    this.out = out;
  }

  void publication(Publication publication) {
    out.writeStartObject();
    out.writeNumberProperty("pamphlet", JsonCodec.FORMAT_VERSION);
    out.writeStringProperty("type", "publication");
    out.writeName("metadata");
    metadata(publication.metadata());
    out.writeBooleanProperty("numbered", publication.numbered());
    out.writeName("articles");
    out.writeStartArray();
    for (Article article : publication.articles()) {
      article(article, false);
    }
    out.writeEndArray();
    out.writeEndObject();
  }

  /** An article; {@code standalone} when it is the whole file and so carries the version. */
  void article(Article article, boolean standalone) {
    out.writeStartObject();
    if (standalone) {
      out.writeNumberProperty("pamphlet", JsonCodec.FORMAT_VERSION);
    }
    out.writeStringProperty("type", "article");
    out.writeStringProperty("id", article.id());
    out.writeName("metadata");
    metadata(article.metadata());
    out.writeName("blocks");
    out.writeStartArray();
    article.blocks().forEach(this::block);
    out.writeEndArray();
    out.writeEndObject();
  }

  private void metadata(Metadata metadata) {
    out.writeStartObject();
    optional("title", metadata.title());
    optional("subtitle", metadata.subtitle());
    optional("summary", metadata.summary());
    strings("authors", metadata.authors());
    optional("language", metadata.language());
    if (!metadata.organization().equals(Organization.NONE)) {
      out.writeName("organization");
      out.writeStartObject();
      optional("name", metadata.organization().name());
      optional("contact", metadata.organization().contact());
      out.writeEndObject();
    }
    date("reviewed", metadata.reviewed());
    date("nextReview", metadata.nextReview());
    strings("keywords", metadata.keywords());
    array("sources", metadata.sources(), this::citation);
    optional("cover", metadata.cover());
    out.writeEndObject();
  }

  private void citation(Citation citation) {
    out.writeStartObject();
    out.writeStringProperty("text", citation.text());
    optional("url", citation.url());
    out.writeEndObject();
  }

  private void block(Block block) {
    block.accept(this);
  }

  private void inline(Inline inline) {
    inline.accept(this);
  }

  @Override
  public Void visitSection(Section section) {
    start("section");
    out.writeStringProperty("id", section.id());
    inlines("title", section.title());
    blocks("blocks", section.blocks());
    return end();
  }

  @Override
  public Void visitParagraph(Paragraph paragraph) {
    start("paragraph");
    inlines("content", paragraph.content());
    return end();
  }

  @Override
  public Void visitBulletList(BulletList list) {
    start("bullet-list");
    array("items", list.items(), this::item);
    return end();
  }

  @Override
  public Void visitOrderedList(OrderedList list) {
    start("ordered-list");
    if (list.start() != 1) {
      out.writeNumberProperty("start", list.start());
    }
    array("items", list.items(), this::item);
    return end();
  }

  private void item(ListItem item) {
    out.writeStartObject();
    if (item.check() != CheckState.NONE) {
      out.writeStringProperty("check", item.check().name().toLowerCase(Locale.ROOT));
    }
    blocks("blocks", item.blocks());
    out.writeEndObject();
  }

  @Override
  public Void visitCallout(Callout callout) {
    start("callout");
    out.writeStringProperty("kind", callout.kind().id());
    optional("title", callout.title());
    blocks("blocks", callout.blocks());
    return end();
  }

  @Override
  public Void visitBlockQuote(BlockQuote quote) {
    start("block-quote");
    blocks("blocks", quote.blocks());
    return end();
  }

  @Override
  public Void visitFigure(Figure figure) {
    start("figure");
    out.writeStringProperty("source", figure.source());
    optional("alt", figure.alt());
    inlines("caption", figure.caption());
    return end();
  }

  @Override
  public Void visitTable(Table table) {
    start("table");
    array("header", table.header(), this::row);
    array("body", table.body(), this::row);
    inlines("caption", table.caption());
    return end();
  }

  private void row(TableRow row) {
    out.writeStartObject();
    array("cells", row.cells(), this::cell);
    out.writeEndObject();
  }

  private void cell(TableCell cell) {
    out.writeStartObject();
    inlines("content", cell.content());
    out.writeEndObject();
  }

  @Override
  public Void visitCodeBlock(CodeBlock code) {
    start("code-block");
    optional("language", code.language());
    out.writeStringProperty("code", code.code());
    return end();
  }

  @Override
  public Void visitThematicBreak(ThematicBreak thematicBreak) {
    start("thematic-break");
    return end();
  }

  @Override
  public Void visitText(Text text) {
    start("text");
    out.writeStringProperty("value", text.value());
    return end();
  }

  @Override
  public Void visitEmphasis(Emphasis emphasis) {
    start("emphasis");
    inlines("content", emphasis.content());
    return end();
  }

  @Override
  public Void visitStrong(Strong strong) {
    start("strong");
    inlines("content", strong.content());
    return end();
  }

  @Override
  public Void visitCode(Code code) {
    start("code");
    out.writeStringProperty("value", code.value());
    return end();
  }

  @Override
  public Void visitLink(Link link) {
    start("link");
    out.writeStringProperty("url", link.url());
    optional("title", link.title());
    inlines("content", link.content());
    return end();
  }

  @Override
  public Void visitCrossRef(CrossRef crossRef) {
    start("cross-ref");
    out.writeStringProperty("article", crossRef.article());
    optional("section", crossRef.section());
    inlines("label", crossRef.label());
    return end();
  }

  @Override
  public Void visitNote(Note note) {
    start("note");
    blocks("blocks", note.blocks());
    return end();
  }

  @Override
  public Void visitLineBreak(LineBreak lineBreak) {
    start("line-break");
    return end();
  }

  private void start(String type) {
    out.writeStartObject();
    out.writeStringProperty("type", type);
  }

  private Void end() {
    out.writeEndObject();
    return null;
  }

  private void optional(String name, String value) {
    if (!value.isEmpty()) {
      out.writeStringProperty(name, value);
    }
  }

  private void date(String name, Optional<LocalDate> date) {
    // LocalDate.toString is ISO-8601: 2026-03-01 (years past 9999 carry a sign, as ISO says).
    date.ifPresent(value -> out.writeStringProperty(name, value.toString()));
  }

  private void strings(String name, List<String> values) {
    array(name, values, out::writeString);
  }

  private void blocks(String name, List<Block> blocks) {
    array(name, blocks, this::block);
  }

  private void inlines(String name, List<Inline> inlines) {
    array(name, inlines, this::inline);
  }

  /** An array field, left out when there is nothing in it. */
  private <T> void array(String name, List<T> values, Consumer<T> element) {
    if (values.isEmpty()) {
      return;
    }
    out.writeName(name);
    out.writeStartArray();
    values.forEach(element);
    out.writeEndArray();
  }
}
