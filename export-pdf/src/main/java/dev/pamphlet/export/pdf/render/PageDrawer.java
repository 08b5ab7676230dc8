package dev.pamphlet.export.pdf.render;

import dev.pamphlet.export.pdf.layout.Decoration;
import dev.pamphlet.export.pdf.layout.Drawable;
import dev.pamphlet.export.pdf.layout.Face;
import dev.pamphlet.export.pdf.layout.Fragment;
import dev.pamphlet.export.pdf.layout.LaidOutDocument.PageFurniture;
import dev.pamphlet.export.pdf.layout.LayoutSettings;
import dev.pamphlet.export.pdf.layout.LinkTarget;
import dev.pamphlet.export.pdf.layout.Page;
import dev.pamphlet.export.pdf.layout.StructureNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;

/**
 * Draws the pages of one document: bands, text, rules and images of each placed box, link
 * annotations, and the running header and footer as artifacts. Fonts are embedded as subsets
 * on first use. One per document; not thread-safe.
 */
final class PageDrawer {
  private static final COSName ARTIFACT = COSName.ARTIFACT;

  private final PDDocument document;
  private final LayoutSettings settings;
  private final FontSet fonts;
  private final ImageStore images;
  private final TagWriter tags;
  private final Map<String, PDPageXYZDestination> anchors;
  private final int pageCount;
  private final Map<Typeface, PDType0Font> embedded = new HashMap<>();
  private final Map<String, PDImageXObject> pictures = new HashMap<>();
  /** One border style for every link of the document (written once, referenced by each). */
  private final PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
  private final GraphicsState state = new GraphicsState();

  PageDrawer(PDDocument document, LayoutSettings settings, FontSet fonts, ImageStore images,
      TagWriter tags, Map<String, PDPageXYZDestination> anchors, int pageCount) {
    this.document = document;
    this.settings = settings;
    this.fonts = fonts;
    this.images = images;
    this.tags = tags;
    this.anchors = anchors;
    this.pageCount = pageCount;
    noBorder.setWidth(0);
  }

  /**
   * Marks the running header and footer as pagination artifacts. A fresh dictionary per page:
   * COS objects must not be shared between documents (or threads).
   */
  private static PDPropertyList pagination() {
    COSDictionary properties = new COSDictionary();
    properties.setName(COSName.TYPE, "Pagination");
    return PDPropertyList.create(properties);
  }

  void draw(Page page, PDPage pdPage, int index, PageFurniture furniture) throws IOException {
    try (PDPageContentStream out = new PDPageContentStream(document, pdPage)) {
      state.reset();
      float contentTop = settings.pageHeight() - settings.marginTop();
      Page.Placed previous = null;
      for (Page.Placed placed : page.boxes()) {
        bands(out, placed, previous, contentTop);
        previous = placed;
      }
      for (Page.Placed placed : page.boxes()) {
        float top = contentTop - placed.top();
        for (Drawable drawable : placed.box().drawables()) {
          if (drawable instanceof Drawable.TextLine line) {
            text(out, line, top, pdPage, index, placed.repeated());
          } else if (drawable instanceof Drawable.Rule rule) {
            rule(out, rule, top);
          } else if (drawable instanceof Drawable.Picture picture) {
            picture(out, picture, top, pdPage, index);
          }
        }
      }
      furniture(out, furniture, index + 1);
    }
  }

  private void bands(PDPageContentStream out, Page.Placed placed, Page.Placed previous,
      float contentTop) throws IOException {
    if (placed.box().decorations().isEmpty()) {
      return;
    }
    out.beginMarkedContent(ARTIFACT);
    for (Decoration band : placed.box().decorations()) {
      float top = contentTop - placed.top();
      if (previous != null && previous.box().decorations().contains(band)) {
        top = contentTop - previous.top() - previous.box().height();
      }
      float bottom = contentTop - placed.top() - placed.box().height();
      state.fill(out, band.red(), band.green(), band.blue());
      out.addRect(settings.marginLeft() + band.x(), bottom, band.width(), top - bottom);
      out.fill();
    }
    out.endMarkedContent();
  }

  private void text(PDPageContentStream out, Drawable.TextLine line, float top, PDPage page,
      int index, boolean repeated) throws IOException {
    float baseline = top - line.baseline();
    List<Fragment> fragments = line.line().fragments();
    int[] marks = null;
    List<Integer> order = null;
    if (fragments.stream().anyMatch(Fragment::rightToLeft)) {
      // Mixed directions: the structure tree takes the pieces in reading order, the content
      // stream in the order they are seen, which is what text extraction reads a line by.
      marks = new int[fragments.size()];
      order = new ArrayList<>();
      for (int i = 0; i < fragments.size(); i++) {
        StructureNode tag = tagOf(fragments.get(i), line, repeated);
        marks[i] = tag == null ? -1 : tags.markedContent(tag, page, index);
        order.add(i);
      }
      order.sort(Comparator.comparingDouble(i -> fragments.get(i).x()));
    }
    for (int k = 0; k < fragments.size(); k++) {
      int i = order == null ? k : order.get(k);
      Fragment fragment = fragments.get(i);
      StructureNode tag = tagOf(fragment, line, repeated);
      float x = settings.marginLeft() + line.x() + fragment.x();
      if (tag == null) {
        out.beginMarkedContent(ARTIFACT);
      } else {
        out.beginMarkedContent(COSName.getPDFName(tag.role()),
            marks == null ? tags.markedContent(tag, page, index) : marks[i]);
      }
      if (fragment.link() != null && !repeated) {
        state.fill(out, 0.02f, 0.25f, 0.6f);
      } else {
        state.fill(out, 0f, 0f, 0f);
      }
      if (ShapedTextPainter.needed(fragment.text(), fragment.rightToLeft())) {
        ShapedTextPainter.show(out, fonts, this::font, fragment.text(), fragment.face(),
            fragment.size(), x, baseline, fragment.rightToLeft());
        state.forgetFont();
      } else {
        show(out, fragment.text(), fragment.face(), fragment.size(), x, baseline);
      }
      out.endMarkedContent();
      if (fragment.link() != null && !repeated && tag != null) {
        link(out, fragment, tag, x, baseline, page);
      }
    }
  }

  /** The structure element a fragment belongs to, or null for an artifact (a repeated row). */
  private static StructureNode tagOf(Fragment fragment, Drawable.TextLine line,
      boolean repeated) {
    return repeated ? null : fragment.tag() != null ? fragment.tag() : line.tag();
  }

  private void show(PDPageContentStream out, String text, Face face, float size, float x,
      float baseline) throws IOException {
    if (Shaping.needed(text)) { // a Hebrew or Arabic title in the running header
      ShapedTextPainter.showLine(out, fonts, this::font, text, face, size, x, baseline);
      state.forgetFont();
      return;
    }
    out.beginText();
    out.newLineAtOffset(x, baseline);
    for (FontSet.Run run : fonts.runs(text, face)) {
      state.font(out, font(run.typeface()), size);
      out.showText(run.text());
    }
    out.endText();
  }

  private void link(PDPageContentStream out, Fragment fragment, StructureNode tag, float x,
      float baseline, PDPage page) throws IOException {
    float descent = fonts.descent(fragment.face(), fragment.size());
    float ascent = fonts.ascent(fragment.face(), fragment.size());
    out.beginMarkedContent(ARTIFACT);
    state.stroke(out, 0.02f, 0.25f, 0.6f);
    state.lineWidth(out, Math.max(0.5f, fragment.size() / 20));
    float underline = baseline - descent / 2;
    out.moveTo(x, underline);
    out.lineTo(x + fragment.width(), underline);
    out.stroke();
    out.endMarkedContent();

    COSDictionary dictionary = new CompactDictionary(); // as PDAnnotationLink() makes it
    dictionary.setItem(COSName.TYPE, COSName.ANNOT);
    dictionary.setName(COSName.SUBTYPE, PDAnnotationLink.SUB_TYPE);
    PDAnnotationLink annotation = new PDAnnotationLink(dictionary);
    annotation.setRectangle(new PDRectangle(x, baseline - descent, fragment.width(),
        ascent + descent));
    annotation.setContents(fragment.link().description());
    annotation.setPrinted(true);
    annotation.setBorderStyle(noBorder);
    if (fragment.link() instanceof LinkTarget.External external) {
      COSDictionary actionDictionary = new CompactDictionary(); // as PDActionURI() makes it
      actionDictionary.setName(COSName.TYPE, "Action");
      actionDictionary.setName(COSName.S, PDActionURI.SUB_TYPE);
      PDActionURI action = new PDActionURI(actionDictionary);
      action.setURI(external.uri());
      annotation.setAction(action);
    } else if (fragment.link() instanceof LinkTarget.Internal internal) {
      PDPageXYZDestination destination = anchors.get(internal.anchor());
      if (destination == null) {
        return;
      }
      // A destination, not a GoTo action: one dictionary less per link in a large booklet.
      annotation.setDestination(destination);
    }
    annotation.setPage(page);
    page.getAnnotations().add(annotation);
    tags.annotation(tag, annotation, page);
  }

  private void rule(PDPageContentStream out, Drawable.Rule rule, float top) throws IOException {
    out.beginMarkedContent(ARTIFACT);
    state.stroke(out, rule.gray(), rule.gray(), rule.gray());
    state.lineWidth(out, rule.thickness());
    out.moveTo(settings.marginLeft() + rule.x1(), top - rule.y1());
    out.lineTo(settings.marginLeft() + rule.x2(), top - rule.y2());
    out.stroke();
    out.endMarkedContent();
  }

  private void picture(PDPageContentStream out, Drawable.Picture picture, float top,
      PDPage page, int index) throws IOException {
    PDImageXObject image = pictures.get(picture.image().key());
    if (image == null) {
      image = images.embed(document, picture.image());
      pictures.put(picture.image().key(), image);
    }
    if (picture.tag() == null) {
      out.beginMarkedContent(ARTIFACT);
    } else {
      out.beginMarkedContent(COSName.getPDFName(picture.tag().role()),
          tags.markedContent(picture.tag(), page, index));
    }
    out.drawImage(image, settings.marginLeft() + picture.x(),
        top - picture.y() - picture.height(), picture.width(), picture.height());
    out.endMarkedContent();
  }

  private void furniture(PDPageContentStream out, PageFurniture furniture, int number)
      throws IOException {
    if (furniture.isNone()) {
      return;
    }
    float size = settings.furnitureSize();
    float left = settings.marginLeft();
    float right = settings.pageWidth() - settings.marginRight();
    float headerY = settings.pageHeight() - settings.marginTop() / 2 - size / 2;
    float footerY = settings.marginBottom() / 2 - size / 2;
    out.beginMarkedContent(ARTIFACT, pagination());
    state.fill(out, 0.3f, 0.3f, 0.3f);
    String organization = safe(furniture.organization());
    float width = right - left;
    if (!organization.isEmpty()) {
      show(out, fit(organization, size, width / 2 - size), Face.REGULAR, size, left, headerY);
    }
    String title = fit(safe(furniture.title()), size,
        organization.isEmpty() ? width : width / 2 - size);
    show(out, title, Face.REGULAR, size, right - fonts.width(title, Face.REGULAR, size),
        headerY);
    String pageText = "Page " + number + " of " + pageCount;
    float pageWidth = fonts.width(pageText, Face.REGULAR, size);
    if (!furniture.reviewed().isEmpty()) {
      // Large print's footer is big: the date gives way to the page number, never overlaps it.
      show(out, fit(safe(furniture.reviewed()), size, width - pageWidth - size), Face.REGULAR,
          size, left, footerY);
    }
    show(out, pageText, Face.REGULAR, size, right - pageWidth, footerY);
    out.endMarkedContent();
  }

  /** Shortens {@code text} with an ellipsis until it fits {@code width}. */
  private String fit(String text, float size, float width) {
    if (fonts.width(text, Face.REGULAR, size) <= width) {
      return text;
    }
    int end = text.length();
    while (end > 0 && fonts.width(text.substring(0, end) + "\u2026", Face.REGULAR, size) > width) {
      end--;
    }
    return text.substring(0, end).strip() + "\u2026";
  }

  /** Page furniture is not laid out, so characters no font has are replaced here. */
  private String safe(String text) {
    StringBuilder out = new StringBuilder();
    text.codePoints().forEach(cp -> out.appendCodePoint(
        Character.isISOControl(cp) ? ' ' : fonts.canDisplay(cp, Face.REGULAR) ? cp : 0xFFFD));
    return out.toString();
  }

  /** Replaces each embedded font by the subset of the glyphs drawn. Call it once, last. */
  void subsetFonts() throws IOException {
    for (PDType0Font font : embedded.values()) {
      font.subset();
    }
  }

  private PDType0Font font(Typeface typeface) throws IOException {
    PDType0Font font = embedded.get(typeface);
    if (font == null) {
      font = PDType0Font.load(document, typeface.font(), true);
      embedded.put(typeface, font);
    }
    return font;
  }

}
