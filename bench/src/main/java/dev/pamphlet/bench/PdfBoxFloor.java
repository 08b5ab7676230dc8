package dev.pamphlet.bench;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.ModelWalker;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.TableCell;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The floor: a bare PDFBox program that writes the same text with naive line wrapping, in the
 * same embedded DejaVu subset, with no structure, tags, links or keep rules. The font is parsed
 * once per JVM, as Pamphlet does; subsetting and embedding happen in each file.
 */
final class PdfBoxFloor {
  private static final float SIZE = 12;
  private static final float LEADING = 15;
  private static final float MARGIN = 56;
  private final TrueTypeFont font;

  PdfBoxFloor() {
    try {
      font = new TTFParser().parse(new RandomAccessReadBuffer(DejaVu.open(DejaVu.SANS)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One PDF holding the text of {@code articles}, each from a new page. */
  byte[] write(List<Article> articles) throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType0Font type0 = PDType0Font.load(document, font, true);
      for (Article article : articles) {
        writeArticle(document, type0, lines(article));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private static void writeArticle(PDDocument document, PDType0Font font, List<String> texts)
      throws IOException {
    PDRectangle box = PDRectangle.A4;
    float width = box.getWidth() - 2 * MARGIN;
    PDPageContentStream stream = null;
    float y = 0;
    try {
      for (String text : texts) {
        for (String line : wrap(font, text, width)) {
          if (stream == null || y < MARGIN) {
            if (stream != null) {
              stream.endText();
              stream.close();
            }
            PDPage page = new PDPage(box);
            document.addPage(page);
            stream = new PDPageContentStream(document, page);
            stream.beginText();
            stream.setFont(font, SIZE);
            y = box.getHeight() - MARGIN;
            stream.newLineAtOffset(MARGIN, y);
          }
          stream.showText(line);
          stream.newLineAtOffset(0, -LEADING);
          y -= LEADING;
        }
      }
    } finally {
      if (stream != null) {
        stream.endText();
        stream.close();
      }
    }
  }

  private static List<String> wrap(PDType0Font font, String text, float width)
      throws IOException {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split("\\s+")) {
      if (word.isEmpty()) {
        continue;
      }
      String candidate = line.length() == 0 ? word : line + " " + word;
      if (line.length() > 0 && font.getStringWidth(candidate) / 1000 * SIZE > width) {
        lines.add(line.toString());
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** The article's visible text: its title, headings, paragraphs and table cells. */
  private static List<String> lines(Article article) {
    List<String> out = new ArrayList<>();
    out.add(article.title());
    ModelWalker.walk(article, new ModelListener() {
      @Override
      public void block(Block block, NodeContext context) {
        if (block instanceof Section section) {
          out.add(section.titleText());
        } else if (block instanceof Paragraph paragraph) {
          out.add(Inlines.plainText(paragraph.content()));
        } else if (block instanceof dev.pamphlet.core.model.Table table) {
          for (var row : table.body()) {
            for (TableCell cell : row.cells()) {
              out.add(Inlines.plainText(cell.content()));
            }
          }
        }
      }

      @Override
      public void inline(Inline inline, NodeContext context) {}
    });
    return out;
  }
}
