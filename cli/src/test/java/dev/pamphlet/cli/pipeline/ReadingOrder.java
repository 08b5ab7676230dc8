package dev.pamphlet.cli.pipeline;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BlockVisitor;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
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
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.model.ThematicBreak;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The text of an article in the order every format presents it: the title, subtitle and
 * summary; the body in document order (section titles, paragraphs, list items, callout titles,
 * quotes, figure alt text and captions, table captions then cells row by row, code); then the
 * footnotes, numbered in order of reference as the formats number them (a footnote's own
 * footnotes after all the others); then the sources. A cross-reference contributes its own
 * label, if it has one (the text the formats add for it — the target's title, a page number —
 * is extra and may be glued to it); a link contributes its label (the address the formats
 * show for a link without one, or print after it, is extra too); a footnote's place holds the
 * number the formats put there, extra too.
 */
final class ReadingOrder implements BlockVisitor<Void>, InlineVisitor<Void> {
  private final WordStream out = new WordStream();
  private final List<Note> notes = new ArrayList<>();
  private final Predicate<Figure> altInText;

  private ReadingOrder(Predicate<Figure> altInText) {
    this.altInText = altInText;
  }

  /**
   * The words of {@code article} as {@code publication} presents it (its metadata falls back
   * on the publication's); a figure's alt text is in the text where {@code altInText} says so
   * (a PDF puts it in the figure's structure element instead when it shows the image).
   */
  static WordStream of(Publication publication, Article article, Predicate<Figure> altInText) {
    ReadingOrder reading = new ReadingOrder(altInText);
    Metadata meta = publication.effectiveMetadata(article);
    reading.out.append(meta.title()).hard().append(meta.subtitle()).hard()
        .append(meta.summary()).hard();
    reading.blocks(article.blocks());
    for (int i = 0; i < reading.notes.size(); i++) { // notes found in notes are appended
      reading.blocks(reading.notes.get(i).blocks());
    }
    for (Citation source : meta.sources()) {
      reading.out.append(source.text()).hard();
    }
    return reading.out;
  }

  private void blocks(List<Block> blocks) {
    for (Block block : blocks) {
      out.hard();
      block.accept(this);
      out.hard();
    }
  }

  private void inlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      out.soft();
      inline.accept(this);
      out.soft();
    }
  }

  @Override
  public Void visitSection(Section section) {
    inlines(section.title());
    blocks(section.blocks());
    return null;
  }

  @Override
  public Void visitParagraph(Paragraph paragraph) {
    inlines(paragraph.content());
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
      out.hard();
      blocks(item.blocks());
    }
  }

  @Override
  public Void visitCallout(Callout callout) {
    out.append(callout.title()).hard();
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
    if (altInText.test(figure)) {
      out.append(figure.alt()).hard();
    }
    inlines(figure.caption());
    return null;
  }

  @Override
  public Void visitTable(Table table) {
    inlines(table.caption());
    for (List<TableRow> rows : List.of(table.header(), table.body())) {
      for (TableRow row : rows) {
        for (TableCell cell : row.cells()) {
          out.hard();
          inlines(cell.content());
        }
      }
    }
    return null;
  }

  @Override
  public Void visitCodeBlock(CodeBlock code) {
    out.append(code.code());
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak thematicBreak) {
    return null;
  }

  @Override
  public Void visitText(Text text) {
    out.append(text.value());
    return null;
  }

  @Override
  public Void visitEmphasis(Emphasis emphasis) {
    inlines(emphasis.content());
    return null;
  }

  @Override
  public Void visitStrong(Strong strong) {
    inlines(strong.content());
    return null;
  }

  @Override
  public Void visitCode(Code code) {
    out.append(code.value());
    return null;
  }

  @Override
  public Void visitLink(Link link) {
    // Without a label the formats show the address; after it, a printed PDF may add it.
    out.insertion();
    inlines(link.content());
    out.insertion();
    return null;
  }

  @Override
  public Void visitCrossRef(CrossRef crossRef) {
    // Without a label the formats show the target's title; after it, a PDF may add its page.
    out.insertion();
    inlines(crossRef.label());
    out.insertion();
    return null;
  }

  @Override
  public Void visitNote(Note note) {
    // The formats draw the note's number here ("[1]", a superscript 1): extra text that may
    // be glued to the words on either side ("dose[1]dose" reads dose, 1, dose).
    out.insertion();
    notes.add(note);
    return null;
  }

  @Override
  public Void visitLineBreak(LineBreak lineBreak) {
    out.hard();
    return null;
  }
}
