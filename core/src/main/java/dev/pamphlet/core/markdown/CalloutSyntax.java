package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CalloutKind;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways to write a callout: a GitHub alert ({@code > [!WARNING] Optional title} as the
 * first line of a quote) and an admonition ({@code !!! warning "Optional title"} followed by an
 * indented body). Kinds are note, tip, important, warning and caution; an unknown kind is
 * reported and the block read as an ordinary quote.
 */
final class CalloutSyntax {
  private static final Pattern ALERT = Pattern.compile("^\\s*\\[!([A-Za-z]+)\\][ \\t]*");
  private static final String KINDS = "note, tip, important, warning, caution";

  private final ReadContext context;
  private final BlockConverter blocks;
  private final InlineConverter inlines;

  CalloutSyntax(ReadContext context, BlockConverter blocks, InlineConverter inlines) {
    this.context = context;
    this.blocks = blocks;
    this.inlines = inlines;
  }

  /** The callout {@code quote} is written as, or null when it is an ordinary quote. */
  Block alert(com.vladsch.flexmark.ast.BlockQuote quote) {
    if (!(quote.getFirstChild() instanceof com.vladsch.flexmark.ast.Paragraph first)) {
      return null;
    }
    Matcher marker = ALERT.matcher(firstLine(SourceText.of(first.getChars())));
    if (!marker.find()) {
      return null;
    }
    Optional<CalloutKind> kind = CalloutKind.fromId(marker.group(1));
    if (kind.isEmpty()) {
      context.warn("callout.unknown-kind", "unknown alert kind '" + marker.group(1)
          + "' (known: " + KINDS + "); read as a quote", quote);
      return null;
    }
    Node lineEnd = first.getFirstChild();
    while (lineEnd != null && !(lineEnd instanceof SoftLineBreak)
        && !(lineEnd instanceof HardLineBreak)) {
      lineEnd = lineEnd.getNext();
    }
    String titleLine = Inlines.plainText(inlines.range(first.getFirstChild(), lineEnd));
    String title = ALERT.matcher(titleLine).replaceFirst("").strip();
    List<Block> body = new ArrayList<>();
    if (lineEnd != null) {
      Paragraph rest = new Paragraph(inlines.range(lineEnd.getNext(), null));
      if (!rest.content().isEmpty()) {
        body.add(context.place(rest, first));
      }
    }
    for (Node node = first.getNext(); node != null; node = node.getNext()) {
      blocks.add(node, body);
    }
    return context.place(new Callout(kind.get(), title, body), quote);
  }

  /** The callout an admonition stands for, or a quote when its kind is unknown. */
  Block admonition(AdmonitionBlock admonition) {
    String name = admonition.getInfo().toString();
    String title = SourceText.unescaped(admonition.getTitle()).strip();
    List<Block> body = blocks.children(admonition);
    Optional<CalloutKind> kind = CalloutKind.fromId(name);
    if (kind.isPresent()) {
      return context.place(new Callout(kind.get(), title, body), admonition);
    }
    context.warn("callout.unknown-kind", "unknown admonition kind '" + name + "' (known: "
        + KINDS + "); read as a quote", admonition);
    List<Block> quoted = new ArrayList<>();
    if (!title.isEmpty()) {
      quoted.add(context.place(
          new Paragraph(List.<Inline>of(new Strong(List.of(new Text(title))))), admonition));
    }
    quoted.addAll(body);
    return context.place(new BlockQuote(quoted), admonition);
  }

  /** The text up to the first line ending, as {@code text.lines().findFirst()} has it. */
  private static String firstLine(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return text.substring(0, i);
      }
    }
    return text;
  }
}
