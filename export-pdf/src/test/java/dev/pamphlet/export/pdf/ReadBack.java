package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.export.pdf.layout.LayoutSettings;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** Reads PDFs back with PDFBox for tests: text, glyph positions, structure. */
final class ReadBack {
  private ReadBack() {}

  static PDDocument open(byte[] pdf) throws IOException {
    return Loader.loadPDF(pdf);
  }

  /** The text in content-stream order, which is the reading order we draw in. */
  static String text(byte[] pdf) throws IOException {
    try (PDDocument document = open(pdf)) {
      return new PDFTextStripper().getText(document);
    }
  }

  /** A glyph as drawn: its page (from 1), position in PDF user space, size and font. */
  record Glyph(int page, String text, float left, float right, float bottom, float top,
      float size, String font) {}

  static List<Glyph> glyphs(byte[] pdf) throws IOException {
    List<Glyph> glyphs = new ArrayList<>();
    try (PDDocument document = open(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition text) {
          float height = getCurrentPage().getMediaBox().getHeight();
          float baseline = height - text.getYDirAdj();
          glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getXDirAdj(),
              text.getXDirAdj() + text.getWidthDirAdj(), baseline,
              baseline + text.getHeightDir(), text.getFontSizeInPt(),
              text.getFont().getName()));
        }
      };
      stripper.getText(document);
    }
    return glyphs;
  }

  /**
   * Asserts that every glyph lies inside the content box, except the running header and footer,
   * which must lie wholly in the top and bottom margins (and inside the content box's width).
   */
  static void assertInsideContentBox(byte[] pdf, LayoutSettings settings) throws IOException {
    float tolerance = 0.5f;
    float contentTop = settings.pageHeight() - settings.marginTop();
    for (Glyph glyph : glyphs(pdf)) {
      assertThat(glyph.left()).as(glyph.toString())
          .isGreaterThanOrEqualTo(settings.marginLeft() - tolerance);
      assertThat(glyph.right()).as(glyph.toString())
          .isLessThanOrEqualTo(settings.pageWidth() - settings.marginRight() + tolerance);
      if (glyph.bottom() >= contentTop) { // the running header
        assertThat(glyph.top()).as(glyph.toString())
            .isLessThanOrEqualTo(settings.pageHeight() + tolerance);
      } else if (glyph.top() <= settings.marginBottom()) { // the running footer
        assertThat(glyph.bottom()).as(glyph.toString()).isGreaterThanOrEqualTo(-tolerance);
      } else {
        assertThat(glyph.bottom()).as(glyph.toString())
            .isGreaterThanOrEqualTo(settings.marginBottom() - tolerance);
        assertThat(glyph.top()).as(glyph.toString())
            .isLessThanOrEqualTo(contentTop + tolerance);
      }
    }
  }

  /** Asserts that no two glyphs of a page's running header or footer overlap. */
  static void assertFurnitureDoesNotOverlap(byte[] pdf, LayoutSettings settings)
      throws IOException {
    float tolerance = 0.5f;
    Map<String, List<Glyph>> lines = new TreeMap<>();
    for (Glyph glyph : glyphs(pdf)) {
      boolean header = glyph.bottom() >= settings.pageHeight() - settings.marginTop();
      boolean footer = glyph.top() <= settings.marginBottom();
      if ((header || footer) && !glyph.text().isBlank()) {
        lines.computeIfAbsent(glyph.page() + (header ? " header" : " footer"),
            k -> new ArrayList<>()).add(glyph);
      }
    }
    lines.forEach((line, glyphs) -> {
      glyphs.sort(Comparator.comparingDouble(Glyph::left));
      for (int i = 1; i < glyphs.size(); i++) {
        assertThat(glyphs.get(i).left()).as(line + ": " + glyphs.get(i) + " after "
            + glyphs.get(i - 1)).isGreaterThanOrEqualTo(glyphs.get(i - 1).right() - tolerance);
      }
    });
  }

  /** The page (from 1) an internal link goes to, or 0 for an external link. */
  static int targetPage(PDDocument document, PDAnnotationLink link) throws IOException {
    PDDestination destination = link.getDestination();
    if (link.getAction() instanceof PDActionGoTo goTo) {
      destination = goTo.getDestination();
    }
    if (destination instanceof PDPageDestination page) {
      return document.getPages().indexOf(page.getPage()) + 1;
    }
    return 0;
  }

  /** The structure element types in document order, depth first. */
  static List<String> roles(PDDocument document) {
    List<String> roles = new ArrayList<>();
    collect(document.getDocumentCatalog().getStructureTreeRoot(), roles, new ArrayList<>());
    return roles;
  }

  /** The structure elements, depth first. */
  static List<PDStructureElement> elements(PDDocument document) {
    List<PDStructureElement> elements = new ArrayList<>();
    collect(document.getDocumentCatalog().getStructureTreeRoot(), new ArrayList<>(), elements);
    return elements;
  }

  private static void collect(PDStructureNode node, List<String> roles,
      List<PDStructureElement> elements) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        roles.add(element.getStructureType());
        elements.add(element);
        collect(element, roles, elements);
      }
    }
  }
}
