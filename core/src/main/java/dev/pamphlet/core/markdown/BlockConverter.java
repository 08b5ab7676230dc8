package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.admonition.AdmonitionBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.BlankLine;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.model.ThematicBreak;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts flexmark block nodes (everything but top-level headings, which {@link SectionNester}
 * turns into sections) to model blocks.
 */
final class BlockConverter {
  private final ReadContext context;
  private final InlineConverter inlines;
  private final CalloutSyntax callouts;
  private final TableConverter tables;

  BlockConverter(ReadContext context) {
    this.context = context;
    this.inlines = new InlineConverter(context, this);
    this.callouts = new CalloutSyntax(context, this, inlines);
    this.tables = new TableConverter(context, inlines);
  }

  InlineConverter inlines() {
    return inlines;
  }

  /** The blocks of all children of {@code parent}. */
  List<Block> children(Node parent) {
    List<Block> out = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      add(node, out);
    }
    return out;
  }

  /**
   * Adds the blocks {@code node} stands for. Should flexmark hand us something unexpected, the
   * node's text is kept and the problem reported: reading never throws on content.
   */
  void add(Node node, List<Block> out) {
    int before = out.size();
    try {
      convert(node, out);
    } catch (RuntimeException e) {
      out.subList(before, out.size()).clear();
      context.error("markdown.internal", "could not read this part (" + e
          + "); its text is kept as written", node);
      String text = node.getChars().toString().strip();
      if (!text.isEmpty()) {
        out.add(context.place(Paragraph.of(text), node));
      }
    }
  }

  private void convert(Node node, List<Block> out) {
    if (node instanceof com.vladsch.flexmark.ast.Paragraph paragraph) {
      addParagraph(paragraph, out);
    } else if (node instanceof Heading heading) {
      context.warn("heading.nested", "a heading inside a list, quote or callout cannot start"
          + " a section; it is kept as bold text", node);
      List<Inline> title = HeadingText.title(heading, inlines);
      if (!title.isEmpty()) {
        out.add(context.place(new Paragraph(List.of(new Strong(title))), node));
      }
    } else if (node instanceof com.vladsch.flexmark.ast.BulletList list) {
      out.add(context.place(new BulletList(items(list)), node));
    } else if (node instanceof com.vladsch.flexmark.ast.OrderedList list) {
      out.add(context.place(new OrderedList(Math.max(0, list.getStartNumber()), items(list)),
          node));
    } else if (node instanceof com.vladsch.flexmark.ast.BlockQuote quote) {
      Block callout = callouts.alert(quote);
      out.add(callout != null ? callout : context.place(new BlockQuote(children(quote)), node));
    } else if (node instanceof AdmonitionBlock admonition) {
      out.add(callouts.admonition(admonition));
    } else if (node instanceof FencedCodeBlock code) {
      String info = SourceText.unescaped(code.getInfo()).strip();
      String language = info.isEmpty() ? "" : info.split("\\s+", 2)[0];
      out.add(context.place(new CodeBlock(language, codeText(code.getContentChars())), node));
    } else if (node instanceof IndentedCodeBlock code) {
      out.add(context.place(new CodeBlock("", codeText(code.getContentChars())), node));
    } else if (node instanceof com.vladsch.flexmark.ast.ThematicBreak) {
      out.add(ThematicBreak.INSTANCE);
    } else if (node instanceof HtmlBlockBase) {
      context.warn("html.dropped", "raw HTML is not passed through; only its text is kept", node);
      String text = HtmlText.ofBlock(node.getChars());
      if (!text.isEmpty()) {
        out.add(context.place(Paragraph.of(text), node));
      }
    } else if (node instanceof TableBlock table) {
      out.add(tables.table(table));
    } else if (node instanceof FootnoteBlock footnote) {
      // A cited footnote's content appears where it is cited instead.
      if (!footnote.isReferenced()) {
        context.warn("footnote.unused", "footnote [^" + footnote.getText()
            + "] is never cited; its text is kept where it is written", node);
        out.addAll(children(footnote));
      }
    } else if (node instanceof Reference || node instanceof BlankLine
        || node instanceof YamlFrontMatterBlock) {
      // Link reference definitions are resolved by flexmark; front matter is read separately.
    } else if (node.hasChildren()) {
      out.addAll(children(node));
    } else {
      String text = node.getChars().toString().strip();
      if (!text.isEmpty()) {
        context.warn("markdown.unsupported", "this Markdown construct is not supported;"
            + " its text is kept as written", node);
        out.add(context.place(Paragraph.of(text), node));
      }
    }
  }

  private void addParagraph(com.vladsch.flexmark.ast.Paragraph paragraph, List<Block> out) {
    Node only = paragraph.getFirstChild();
    boolean alone = only != null && only.getNext() == null;
    if (alone && (only instanceof Image
        || (only instanceof ImageRef && inlines.reference(only) != null))) {
      out.add(context.place(figure(only), paragraph));
      return;
    }
    Paragraph result = new Paragraph(inlines.children(paragraph));
    // A paragraph can end up blank when all it held was raw HTML, already reported.
    if (!isBlank(result)) {
      out.add(context.place(result, paragraph));
    }
  }

  private static boolean isBlank(Paragraph paragraph) {
    for (Inline inline : paragraph.content()) {
      if (!(inline instanceof Text text && text.value().isBlank())) {
        return false;
      }
    }
    return true;
  }

  private Figure figure(Node image) {
    String url;
    String title;
    if (image instanceof Image plain) {
      url = SourceText.unescaped(plain.getUrl());
      title = SourceText.unescaped(plain.getTitle());
    } else {
      Reference reference = inlines.reference(image);
      url = SourceText.unescaped(reference.getUrl());
      title = SourceText.unescaped(reference.getTitle());
    }
    List<Inline> caption = title.isBlank() ? List.of() : List.of(new Text(title.strip()));
    return new Figure(url, inlines.altText(image), caption);
  }

  private List<ListItem> items(Node list) {
    List<ListItem> items = new ArrayList<>();
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      CheckState check = CheckState.NONE;
      if (item instanceof TaskListItem task) {
        check = task.isItemDoneMarker() ? CheckState.CHECKED : CheckState.UNCHECKED;
      }
      items.add(new ListItem(check, children(item)));
    }
    return items;
  }

  /** Code block text with its final line ending removed (the block ends the line anyway). */
  private static String codeText(BasedSequence content) {
    String text = SourceText.of(content);
    if (text.endsWith("\r\n")) {
      return text.substring(0, text.length() - 2);
    }
    return text.endsWith("\n") || text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
  }
}
