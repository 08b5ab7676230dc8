package dev.pamphlet.core.readability;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.ModelWalker;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the prose of an article as sentences: paragraphs wherever they are (list items —
 * each at least one sentence —, callouts, quotes, footnotes), figure captions and table cells
 * (each cell a unit). Headings, callout titles, alt text and code are not prose and are left
 * out. Footnotes are read where the walk meets them, right after the text they belong to.
 */
final class ProseCollector implements ModelListener {
  private final SentenceSplitter splitter;
  private final List<Sentence> sentences = new ArrayList<>();

  private ProseCollector(SentenceSplitter splitter) {
    this.splitter = splitter;
  }

  static List<Sentence> collect(Article article, SentenceSplitter splitter) {
    ProseCollector collector = new ProseCollector(splitter);
    ModelWalker.walk(article, collector);
    return collector.sentences;
  }

  @Override
  public void block(Block block, NodeContext context) {
    if (block instanceof Paragraph paragraph) {
      add(paragraph.content(), paragraph, context);
    } else if (block instanceof Figure figure) {
      add(figure.caption(), figure, context);
    } else if (block instanceof Table table) {
      for (List<TableRow> rows : List.of(table.header(), table.body())) {
        for (TableRow row : rows) {
          for (TableCell cell : row.cells()) {
            add(cell.content(), table, context);
          }
        }
      }
    }
  }

  private void add(List<Inline> inlines, Object node, NodeContext context) {
    List<String> sections = context.sections().stream().map(Section::id).toList();
    for (String sentence : splitter.split(Inlines.plainText(inlines))) {
      List<String> words = Words.of(sentence);
      if (words.isEmpty()) {
        continue;
      }
      int syllables = 0;
      int polysyllables = 0;
      for (String word : words) {
        int count = Syllables.count(word);
        syllables += count;
        polysyllables += count >= 3 ? 1 : 0;
      }
      sentences.add(new Sentence(sentence, sections, node, words, syllables, polysyllables));
    }
  }
}
