package dev.pamphlet.cli.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.text.PDFMarkedContentExtractor;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a tagged PDF as a screen reader reads it: the structure tree depth first, each
 * piece of marked content it refers to read as its {@code /ActualText} when it has one (once,
 * in place of the glyphs inside it, which a right-to-left or shaped run draws in visual order)
 * and as its glyphs otherwise. Artifacts (running header and footer, a repeated table header)
 * are not in the tree, so not in the text.
 *
 * <p>Pieces next to each other in reading order are joined as they are, when they sit on one
 * baseline and touch (on either side: in a right-to-left line the next piece is on the left);
 * otherwise a line break separates them (the next line, the next table cell, the next block).
 * The pieces of one line spell its text in reading order, spaces included, so joining them
 * adds no word break the model lacks and hides none it has.
 */
final class TaggedText {
  /** How close, in ems, two pieces of one line must come to be read as touching. */
  private static final float TOUCHING = 0.15f;

  /** A piece of marked content: its text and where its glyphs are (none: an image). */
  private record Piece(String text, float left, float right, float baseline, float size) {
    boolean continuedBy(Piece next) {
      float em = Math.max(size, next.size);
      return !text.isEmpty() && !next.text.isEmpty()
          && Math.abs(baseline - next.baseline) < em * 0.2f
          && (Math.abs(next.left - right) < em * TOUCHING
              || Math.abs(left - next.right) < em * TOUCHING);
    }
  }

  private final Map<COSDictionary, Map<Integer, Piece>> pages = new IdentityHashMap<>();
  private final StringBuilder out = new StringBuilder();
  private Piece previous;

  private TaggedText() {}

  /** The text of {@code document} in reading order; empty when it is not tagged. */
  static String of(PDDocument document) throws IOException {
    TaggedText reading = new TaggedText();
    if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
      reading.kids(document.getDocumentCatalog().getStructureTreeRoot(), null);
    }
    return reading.out.toString();
  }

  private void kids(PDStructureNode node, PDPage page) throws IOException {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        PDPage own = element.getPage() != null ? element.getPage() : page;
        if (element.getActualText() != null) {
          append(new Piece(element.getActualText(), 0, 0, Float.NaN, 0));
        } else {
          kids(element, own);
        }
      } else if (kid instanceof PDMarkedContentReference reference) {
        content(reference.getPage() != null ? reference.getPage() : page, reference.getMCID());
      } else if (kid instanceof Integer mcid) {
        content(page, mcid);
      } // an object reference (a link's annotation) holds no text
    }
  }

  private void content(PDPage page, int mcid) throws IOException {
    Piece piece = piecesOf(page).get(mcid);
    if (piece != null) {
      append(piece);
    }
  }

  private void append(Piece piece) {
    if (previous != null && !previous.continuedBy(piece)) {
      out.append('\n');
    }
    out.append(piece.text());
    previous = piece;
  }

  /** The marked content of a page by MCID, read once. */
  private Map<Integer, Piece> piecesOf(PDPage page) throws IOException {
    Map<Integer, Piece> pieces = pages.get(page.getCOSObject());
    if (pieces == null) {
      pieces = new TreeMap<>();
      PDFMarkedContentExtractor extractor = new PDFMarkedContentExtractor();
      extractor.processPage(page);
      for (PDMarkedContent content : extractor.getMarkedContents()) {
        if (content.getMCID() >= 0) {
          pieces.put(content.getMCID(), piece(content));
        }
      }
      pages.put(page.getCOSObject(), pieces);
    }
    return pieces;
  }

  private static Piece piece(PDMarkedContent content) {
    List<TextPosition> glyphs = new ArrayList<>();
    String text = text(content, glyphs);
    if (glyphs.isEmpty()) {
      return new Piece(text, 0, 0, Float.NaN, 0);
    }
    float left = Float.MAX_VALUE;
    float right = -Float.MAX_VALUE;
    float size = 0;
    for (TextPosition glyph : glyphs) {
      left = Math.min(left, glyph.getXDirAdj());
      right = Math.max(right, glyph.getXDirAdj() + glyph.getWidthDirAdj());
      size = Math.max(size, glyph.getFontSizeInPt());
    }
    return new Piece(text, left, right, glyphs.get(0).getYDirAdj(), size);
  }

  /** Its ActualText, else its glyphs' text; every glyph inside goes to {@code glyphs}. */
  private static String text(PDMarkedContent content, List<TextPosition> glyphs) {
    StringBuilder drawn = new StringBuilder();
    for (Object part : content.getContents()) {
      if (part instanceof TextPosition glyph) {
        glyphs.add(glyph);
        drawn.append(glyph.getUnicode());
      } else if (part instanceof PDMarkedContent inner) {
        drawn.append(text(inner, glyphs));
      }
    }
    return content.getActualText() != null ? content.getActualText() : drawn.toString();
  }
}
