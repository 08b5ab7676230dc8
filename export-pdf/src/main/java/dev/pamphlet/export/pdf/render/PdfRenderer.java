package dev.pamphlet.export.pdf.render;

import dev.pamphlet.export.pdf.layout.LaidOutDocument;
import dev.pamphlet.export.pdf.layout.LayoutSettings;
import dev.pamphlet.export.pdf.layout.OutlineEntry;
import dev.pamphlet.export.pdf.layout.Page;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Draws a {@link LaidOutDocument} with PDFBox as a tagged PDF meant to pass PDF/UA-1 and
 * PDF/A-2u: embedded font subsets, every piece of content in the structure tree or marked as
 * an artifact, links as annotations in their Link elements, an outline, and metadata.
 * Immutable and thread-safe; each call builds its own document.
 */
public final class PdfRenderer {
  private final LayoutSettings settings;
  private final FontSet fonts;
  private final ImageStore images;

  public PdfRenderer(LayoutSettings settings, FontSet fonts, ImageStore images) {
    this.settings = settings;
    this.fonts = fonts;
    this.images = images;
  }

  /** The PDF's bytes. */
  public byte[] render(LaidOutDocument layout, DocumentInfo info) throws IOException {
    try (PDDocument document = new PDDocument()) {
      document.setVersion(1.7f);
      List<PDPage> pages = new ArrayList<>();
      PDRectangle size = new PDRectangle(settings.pageWidth(), settings.pageHeight());
      for (int i = 0; i < layout.pages().size(); i++) {
        PDPage page = new PDPage(size);
        page.setStructParents(i);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        document.addPage(page);
        pages.add(page);
      }
      Map<String, PDPageXYZDestination> anchors = anchors(layout, pages);
      TagWriter tags = new TagWriter(document, layout.structure(), pages.size());
      PageDrawer drawer = new PageDrawer(document, settings, fonts, images, tags, anchors,
          pages.size());
      for (int i = 0; i < pages.size(); i++) {
        drawer.draw(layout.pages().get(i), pages.get(i), i, layout.furniture().get(i));
      }
      tags.finish();
      outline(document, layout.outline(), anchors);
      Standards.apply(document, info, Standards.hash(String.join("\f", layout.pageTexts()),
          info.toString(), settings.toString()));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    }
  }

  private Map<String, PDPageXYZDestination> anchors(LaidOutDocument layout,
      List<PDPage> pages) {
    Map<String, PDPageXYZDestination> anchors = new HashMap<>();
    for (Page page : layout.pages()) {
      for (Page.Placed placed : page.boxes()) {
        for (String anchor : placed.box().anchors()) {
          PDPageXYZDestination destination = new PDPageXYZDestination();
          destination.setPage(pages.get(page.number() - 1));
          destination.setLeft(0);
          destination.setTop(Math.round(settings.pageHeight() - settings.marginTop()
              - placed.top() + placed.box().spaceBefore() / 2));
          anchors.putIfAbsent(anchor, destination);
        }
      }
    }
    return anchors;
  }

  private static void outline(PDDocument document, List<OutlineEntry> entries,
      Map<String, PDPageXYZDestination> anchors) {
    if (entries.isEmpty()) {
      return;
    }
    PDDocumentOutline outline = new PDDocumentOutline();
    List<PDOutlineItem> open = new ArrayList<>();
    for (OutlineEntry entry : entries) {
      PDPageXYZDestination destination = anchors.get(entry.anchor());
      if (destination == null) {
        continue;
      }
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(entry.title());
      item.setDestination(destination);
      int level = Math.min(entry.level(), open.size());
      while (open.size() > level) {
        open.remove(open.size() - 1);
      }
      if (open.isEmpty()) {
        outline.addLast(item);
      } else {
        open.get(open.size() - 1).addLast(item);
      }
      open.add(item);
    }
    document.getDocumentCatalog().setDocumentOutline(outline);
    document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
  }
}
