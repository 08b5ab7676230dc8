package dev.pamphlet.core.json;

import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.ThematicBreak;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Decodes block nodes, list items and table rows. */
final class BlockReader {

  static final List<String> TYPES = List.of("section", "paragraph", "bullet-list",
      "ordered-list", "callout", "block-quote", "figure", "table", "code-block",
      "thematic-break");

  private static final List<String> CALLOUT_KINDS =
      Arrays.stream(CalloutKind.values()).map(CalloutKind::id).toList();
  private static final List<String> CHECK_STATES = Arrays.stream(CheckState.values())
      .map(state -> state.name().toLowerCase(Locale.ROOT)).toList();

  private final Decoding decoding;
  private final InlineReader inlines;

  BlockReader(Decoding decoding, InlineReader inlines) {
    this.decoding = decoding;
    this.inlines = inlines;
  }

  /** The block list in field {@code name} of {@code fields}; empty when left out. */
  List<Block> list(Fields fields, String name) {
    return fields.list(name, this::block);
  }

  /** One block, or {@code null} when it was reported broken. */
  Block block(JsonValue value, String path) {
    Fields f = Fields.of(decoding, value, path, "a block");
    if (f == null) {
      return null;
    }
    String type = f.type("block", TYPES);
    if (type == null) {
      return null;
    }
    switch (type) {
      case "section":
        return section(f);
      case "paragraph": {
        f.allow("type", "content");
        List<Inline> content = inlines.list(f, "content");
        return f.build(() -> new Paragraph(content));
      }
      case "bullet-list": {
        f.allow("type", "items");
        List<ListItem> items = f.list("items", this::item);
        return f.build(() -> new BulletList(items));
      }
      case "ordered-list": {
        f.allow("type", "start", "items");
        Integer start = f.integer("start", 1);
        List<ListItem> items = f.list("items", this::item);
        return f.build(() -> new OrderedList(start, items));
      }
      case "callout":
        return callout(f);
      case "block-quote": {
        f.allow("type", "blocks");
        List<Block> blocks = list(f, "blocks");
        return f.build(() -> new BlockQuote(blocks));
      }
      case "figure":
        return figure(f);
      case "table":
        return table(f);
      case "code-block": {
        f.allow("type", "language", "code");
        String language = f.optional("language");
        String code = f.required("code");
        return f.build(() -> new CodeBlock(language, code));
      }
      case "thematic-break":
        f.allow("type");
        // A new instance, not ThematicBreak.INSTANCE: the source map keys on identity.
        return f.build(ThematicBreak::new);
      default:
        throw new AssertionError("type listed but not decoded: " + type);
    }
  }

  private Block section(Fields f) {
    f.allow("type", "id", "title", "blocks");
    String id = f.id("id");
    List<Inline> title = inlines.list(f, "title");
    List<Block> blocks = list(f, "blocks");
    return f.build(() -> new Section(id, title, blocks));
  }

  private ListItem item(JsonValue value, String path) {
    Fields f = Fields.of(decoding, value, path, "a list item");
    if (f == null) {
      return null;
    }
    f.allow("check", "blocks");
    CheckState check = CheckState.NONE;
    if (f.has("check")) {
      String name = f.required("check");
      if (name != null && CHECK_STATES.contains(name)) {
        check = CheckState.valueOf(name.toUpperCase(Locale.ROOT));
      } else if (name != null) {
        f.badValue("check", "unknown check state \"" + name + "\"; expected one of: "
            + String.join(", ", CHECK_STATES));
      }
    }
    CheckState state = check;
    List<Block> blocks = list(f, "blocks");
    return f.build(() -> new ListItem(state, blocks));
  }

  private Block callout(Fields f) {
    f.allow("type", "kind", "title", "blocks");
    String name = f.required("kind");
    CalloutKind kind = null;
    if (name != null && CALLOUT_KINDS.contains(name)) {
      kind = CalloutKind.fromId(name).orElseThrow();
    } else if (name != null) {
      f.badValue("kind", "unknown callout kind \"" + name + "\"; expected one of: "
          + String.join(", ", CALLOUT_KINDS));
    }
    CalloutKind calloutKind = kind;
    String title = f.optional("title");
    List<Block> blocks = list(f, "blocks");
    return f.build(() -> new Callout(calloutKind, title, blocks));
  }

  private Block figure(Fields f) {
    f.allow("type", "source", "alt", "caption");
    String source = f.required("source");
    String alt = f.optional("alt");
    List<Inline> caption = inlines.list(f, "caption");
    return f.build(() -> new Figure(source, alt, caption));
  }

  private Block table(Fields f) {
    f.allow("type", "header", "body", "caption");
    List<TableRow> header = f.list("header", this::row);
    List<TableRow> body = f.list("body", this::row);
    List<Inline> caption = inlines.list(f, "caption");
    return f.build(() -> new Table(header, body, caption));
  }

  private TableRow row(JsonValue value, String path) {
    Fields f = Fields.of(decoding, value, path, "a table row");
    if (f == null) {
      return null;
    }
    f.allow("cells");
    List<TableCell> cells = f.list("cells", this::cell);
    return f.build(() -> new TableRow(cells));
  }

  private TableCell cell(JsonValue value, String path) {
    Fields f = Fields.of(decoding, value, path, "a table cell");
    if (f == null) {
      return null;
    }
    f.allow("content");
    List<Inline> content = inlines.list(f, "content");
    return f.build(() -> new TableCell(content));
  }
}
