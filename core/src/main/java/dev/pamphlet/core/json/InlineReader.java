package dev.pamphlet.core.json;

import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Text;
import java.util.List;

/** Decodes inline nodes: {@code {"type": "text", "value": "…"}} and the rest. */
final class InlineReader {

  static final List<String> TYPES = List.of(
      "text", "emphasis", "strong", "code", "link", "cross-ref", "note", "line-break");

  private final Decoding decoding;
  private BlockReader blocks;

  InlineReader(Decoding decoding) {
    this.decoding = decoding;
  }

  /** Notes hold blocks: the two readers know each other. */
  void use(BlockReader blocks) {
    this.blocks = blocks;
  }

  /** The inline list in field {@code name} of {@code fields}; empty when left out. */
  List<Inline> list(Fields fields, String name) {
    return fields.list(name, this::inline);
  }

  /** One inline node, or {@code null} when it was reported broken. */
  Inline inline(JsonValue value, String path) {
    Fields f = Fields.of(decoding, value, path, "an inline node");
    if (f == null) {
      return null;
    }
    String type = f.type("inline", TYPES);
    if (type == null) {
      return null;
    }
    switch (type) {
      case "text":
        return literal(f, Text::new);
      case "code":
        return literal(f, Code::new);
      case "emphasis": {
        f.allow("type", "content");
        List<Inline> content = list(f, "content");
        return f.build(() -> new Emphasis(content));
      }
      case "strong": {
        f.allow("type", "content");
        List<Inline> content = list(f, "content");
        return f.build(() -> new Strong(content));
      }
      case "link":
        return link(f);
      case "cross-ref":
        return crossRef(f);
      case "note": {
        f.allow("type", "blocks");
        var content = blocks.list(f, "blocks");
        return f.build(() -> new Note(content));
      }
      case "line-break":
        f.allow("type");
        // A new instance, not LineBreak.INSTANCE: the source map keys on identity.
        return f.build(LineBreak::new);
      default:
        throw new AssertionError("type listed but not decoded: " + type);
    }
  }

  private Inline literal(Fields f, java.util.function.Function<String, Inline> constructor) {
    f.allow("type", "value");
    String value = f.required("value");
    return f.build(() -> constructor.apply(value));
  }

  private Inline link(Fields f) {
    f.allow("type", "url", "title", "content");
    String url = f.required("url");
    String title = f.optional("title");
    List<Inline> content = list(f, "content");
    return f.build(() -> new Link(url, title, content));
  }

  private Inline crossRef(Fields f) {
    f.allow("type", "article", "section", "label");
    String article = f.required("article");
    String section = f.optional("section");
    List<Inline> label = list(f, "label");
    return f.build(() -> new CrossRef(article, section, label));
  }
}
