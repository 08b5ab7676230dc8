package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ext.attributes.AttributesNode;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Text;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Converts flexmark inline nodes to model inlines. Whatever has no model equivalent keeps its
 * text: nothing the author wrote is silently lost.
 */
final class InlineConverter {
  private static final Pattern TOO_LONG_NUMERIC =
      Pattern.compile("&#(\\d{8,}|[xX][0-9a-fA-F]{7,});");
  private final ReadContext context;
  private final BlockConverter blocks;
  /** Footnotes being expanded right now: a footnote that cites itself must not loop. */
  private final Set<FootnoteBlock> expanding = Collections.newSetFromMap(new IdentityHashMap<>());

  InlineConverter(ReadContext context, BlockConverter blocks) {
    this.context = context;
    this.blocks = blocks;
  }

  /** The inlines of all children of {@code parent}. */
  List<Inline> children(Node parent) {
    return range(parent.getFirstChild(), null);
  }

  /** The inlines of the sibling nodes from {@code first} up to (not including) {@code end}. */
  List<Inline> range(Node first, Node end) {
    InlineBuffer out = new InlineBuffer();
    addRange(first, end, out);
    return out.toList();
  }

  private void addRange(Node first, Node end, InlineBuffer out) {
    for (Node node = first; node != null && node != end; node = node.getNext()) {
      add(node, out);
    }
  }

  void add(Node node, InlineBuffer out) {
    if (node instanceof com.vladsch.flexmark.ast.Text) {
      out.text(SourceText.unescaped(node.getChars()));
    } else if (node instanceof HtmlEntity) {
      String entity = SourceText.of(node.getChars());
      // CommonMark allows at most 7 decimal or 6 hex digits; longer ones are plain text.
      out.text(TOO_LONG_NUMERIC.matcher(entity).matches()
          ? entity : SourceText.unescaped(node.getChars()));
    } else if (node instanceof SoftLineBreak) {
      out.text(" ");
    } else if (node instanceof HardLineBreak) {
      out.add(LineBreak.INSTANCE);
    } else if (node instanceof com.vladsch.flexmark.ast.Emphasis) {
      out.add(new Emphasis(children(node)));
    } else if (node instanceof StrongEmphasis) {
      out.add(new Strong(children(node)));
    } else if (node instanceof com.vladsch.flexmark.ast.Code code) {
      out.add(new Code(codeSpan(code.getText())));
    } else if (node instanceof com.vladsch.flexmark.ast.Link link) {
      out.add(link(link.getUrl(), link.getTitle(), children(link), node));
    } else if (node instanceof LinkRef ref) {
      addLinkRef(ref, out);
    } else if (node instanceof AutoLink link) {
      String url = SourceText.unescaped(link.getUrl());
      out.add(context.place(new Link(url, List.of(new Text(SourceText.of(link.getText())))), node));
    } else if (node instanceof MailLink mail) {
      String address = SourceText.of(mail.getText());
      out.add(context.place(new Link("mailto:" + address, List.of(new Text(address))), node));
    } else if (node instanceof Image || node instanceof ImageRef) {
      addInlineImage(node, out);
    } else if (node instanceof Footnote footnote) {
      addFootnote(footnote, out);
    } else if (node instanceof HtmlInlineBase) {
      context.warn("html.dropped",
          "raw HTML is not passed through; only its text is kept", node);
      out.text(HtmlText.ofInline(node.getChars()));
    } else if (node instanceof Strikethrough) {
      context.warn("markdown.unsupported",
          "strikethrough has no equivalent in Pamphlet; its text is kept as plain text", node);
      addRange(node.getFirstChild(), null, out);
    } else if (node instanceof AttributesNode) {
      // {...} only means something at the end of a heading; anywhere else it is text.
      out.text(SourceText.of(node.getChars()));
    } else {
      keepAsWritten(node, out);
    }
  }

  /** An image's text alternative, as plain text. */
  String altText(Node image) {
    return Inlines.plainText(children(image));
  }

  /** The link or image reference a {@code [text][ref]} node resolves to, or null. */
  Reference reference(Node ref) {
    if (ref instanceof LinkRef link && link.isDefined()) {
      return link.getReferenceNode(context.document());
    }
    if (ref instanceof ImageRef image && image.isDefined()) {
      return image.getReferenceNode(context.document());
    }
    return null;
  }

  private void addLinkRef(LinkRef ref, InlineBuffer out) {
    Reference target = reference(ref);
    if (target == null) {
      keepAsWritten(ref, out);
      return;
    }
    List<Inline> content = ref.hasChildren()
        ? children(ref) : List.of(new Text(SourceText.unescaped(ref.getReference())));
    out.add(link(target.getUrl(), target.getTitle(), content, ref));
  }

  private Inline link(BasedSequence url, BasedSequence title, List<Inline> content, Node node) {
    return context.place(LinkTargets.resolve(SourceText.unescaped(url),
        SourceText.unescaped(title), content, context.articleId()), node);
  }

  private void addInlineImage(Node image, InlineBuffer out) {
    if (image instanceof ImageRef && reference(image) == null) {
      keepAsWritten(image, out);
      return;
    }
    context.warn("image.inline", "an image inside running text cannot be shown;"
        + " its text alternative is kept (put the image in a paragraph of its own)", image);
    addRange(image.getFirstChild(), null, out);
  }

  private void addFootnote(Footnote footnote, InlineBuffer out) {
    FootnoteBlock definition = footnote.getFootnoteBlock();
    if (definition == null) {
      definition = footnote.getReferenceNode(context.document());
    }
    if (definition == null) {
      context.warn("footnote.undefined", "footnote [^" + footnote.getText()
          + "] is not defined; add a line '[^" + footnote.getText() + "]: ...'", footnote);
      keepAsWritten(footnote, out);
    } else if (!expanding.add(definition)) {
      context.warn("footnote.recursive",
          "footnote [^" + footnote.getText() + "] refers to itself", footnote);
      keepAsWritten(footnote, out);
    } else {
      try {
        out.add(context.place(new Note(blocks.children(definition)), footnote));
      } finally {
        expanding.remove(definition);
      }
    }
  }

  /**
   * Keeps a node that has no model meaning as the text it was written with, converting its
   * children so that the markup inside still counts ({@code [*undefined*]}).
   */
  private void keepAsWritten(Node node, InlineBuffer out) {
    BasedSequence chars = node.getChars();
    Node first = node.getFirstChild();
    if (first == null) {
      out.text(SourceText.unescaped(chars));
      return;
    }
    BasedSequence base = chars.getBaseSequence();
    out.text(SourceText.unescaped(base.subSequence(node.getStartOffset(), first.getStartOffset())));
    addRange(first, null, out);
    int tail = Math.max(node.getLastChild().getEndOffset(), first.getStartOffset());
    if (tail < node.getEndOffset()) {
      out.text(SourceText.unescaped(base.subSequence(tail, node.getEndOffset())));
    }
  }

  /** A code span's text per CommonMark: line endings become spaces, one padding space goes. */
  private static String codeSpan(BasedSequence raw) {
    String text = SourceText.of(raw).replace("\r\n", " ").replace('\n', ' ').replace('\r', ' ');
    if (text.length() >= 2 && text.startsWith(" ") && text.endsWith(" ") && !text.isBlank()) {
      return text.substring(1, text.length() - 1);
    }
    return text;
  }
}
