package dev.pamphlet.core.readability;

import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BlockVisitor;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.ThematicBreak;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Collects the prose of an article as sentences: paragraphs, list items (each at least one
 * sentence), callouts, quotes, footnotes, figure captions and table cells (each cell a unit).
 * Headings, callout titles, alt text and code are not prose and are left out.
 */
final class ProseCollector implements BlockVisitor<Void> {
  private final SentenceSplitter splitter;
  private final List<Sentence> sentences = new ArrayList<>();
  private final Deque<String> sections = new ArrayDeque<>();

  private ProseCollector(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  static List<Sentence> collect(List<Block> blocks, SentenceSplitter splitter) {
    ProseCollector collector = new ProseCollector(splitter);
    collector.blocks(blocks);
    return collector.sentences;
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      block.accept(this);
    }
  }

  private void prose(List<Inline> inlines, Object node) {
    add(Inlines.plainText(inlines), node);
    notes(inlines, node);
  }

  private void add(String text, Object node) {
    String section = sections.isEmpty() ? "" : sections.peek();
    for (String sentence : splitter.split(text)) {
      List<String> words = Words.of(sentence);
      if (words.isEmpty()) {
        continue;
      }
      int syllables = 0;
      for (String word : words) {
        syllables += Syllables.count(word);
      }
      sentences.add(new Sentence(sentence, section, node, words, syllables));
    }
  }

  /** Footnotes are prose too, read where they are anchored. */
  private void notes(List<Inline> inlines, Object node) {
    for (Inline inline : inlines) {
      if (inline instanceof Note note) {
        blocks(note.blocks());
      }
    }
  }

  @Override
  public Void visitSection(Section section) {
    sections.push(section.id());
    blocks(section.blocks());
    sections.pop();
    return null;
  }

  @Override
  public Void visitParagraph(Paragraph paragraph) {
    prose(paragraph.content(), paragraph);
    return null;
  }

  @Override
  public Void visitBulletList(BulletList list) {
    items(list.items());
    return null;
  }

  @Override
  public Void visitOrderedList(OrderedList list) {
    items(list.items());
    return null;
  }

  private void items(List<ListItem> items) {
    for (ListItem item : items) {
      blocks(item.blocks());
    }
  }

  @Override
  public Void visitCallout(Callout callout) {
    blocks(callout.blocks());
    return null;
  }

  @Override
  public Void visitBlockQuote(BlockQuote quote) {
    blocks(quote.blocks());
    return null;
  }

  @Override
  public Void visitFigure(Figure figure) {
    prose(figure.caption(), figure);
    return null;
  }

  @Override
  public Void visitTable(Table table) {
    for (List<TableRow> rows : List.of(table.header(), table.body())) {
      for (TableRow row : rows) {
        for (TableCell cell : row.cells()) {
          prose(cell.content(), table);
        }
      }
    }
    return null;
  }

  @Override
  public Void visitCodeBlock(CodeBlock code) {
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak thematicBreak) {
    return null;
  }
}
