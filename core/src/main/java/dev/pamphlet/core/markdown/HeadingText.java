package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ext.attributes.AttributeNode;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.util.ast.Node;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * A heading's title and explicit id. {@code ## Side effects {#effects}} has the title "Side
 * effects" and the id "effects". An attribute block without an id stays part of the title: we
 * only give {@code {#id}} a meaning, and no text may be lost.
 */
final class HeadingText {
  private HeadingText() {}

  /** The explicit id of {@code heading}, or {@code ""}. */
  static String explicitId(Heading heading) {
    AttributesNode attributes = idAttributes(heading);
    return attributes == null ? "" : idIn(attributes);
  }

  /** The title, without its id attribute block and surrounding spaces. */
  static List<Inline> title(Heading heading, InlineConverter inlines) {
    AttributesNode skip = idAttributes(heading);
    InlineBuffer out = new InlineBuffer();
    for (Node node = heading.getFirstChild(); node != null; node = node.getNext()) {
      if (node != skip) {
        inlines.add(node, out);
      }
    }
    return trim(out.toList());
  }

  private static AttributesNode idAttributes(Heading heading) {
    for (Node node = heading.getLastChild(); node != null; node = node.getPrevious()) {
      if (node instanceof AttributesNode attributes && !idIn(attributes).isEmpty()) {
        return attributes;
      }
    }
    return null;
  }

  private static String idIn(AttributesNode attributes) {
    String id = "";
    for (Node node = attributes.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof AttributeNode attribute && attribute.isId()) {
        id = SourceText.of(attribute.getValue());
      }
    }
    return id;
  }

  private static List<Inline> trim(List<Inline> inlines) {
    List<Inline> out = new ArrayList<>(inlines);
    while (!out.isEmpty() && out.get(0) instanceof Text text && text.value().isBlank()) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1) instanceof Text text
        && text.value().isBlank()) {
      out.remove(out.size() - 1);
    }
    if (!out.isEmpty() && out.get(0) instanceof Text text) {
      out.set(0, new Text(text.value().stripLeading()));
    }
    if (!out.isEmpty() && out.get(out.size() - 1) instanceof Text text) {
      out.set(out.size() - 1, new Text(text.value().stripTrailing()));
    }
    return out;
  }
}
