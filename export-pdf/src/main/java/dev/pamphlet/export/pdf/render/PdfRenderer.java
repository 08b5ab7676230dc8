package dev.pamphlet.export.pdf.render;

import dev.pamphlet.export.pdf.layout.LaidOutDocument;
import dev.pamphlet.export.pdf.layout.LayoutSettings;
import dev.pamphlet.export.pdf.layout.OutlineEntry;
import dev.pamphlet.export.pdf.layout.Page;
import dev.pamphlet.export.pdf.layout.StructureNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.MemoryUsageSetting;
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
  /** Above this many pages, stream data beyond {@link #STREAM_MEMORY} goes to temporary files. */
  private static final int TEMP_FILE_PAGES = 50;
  /**
   * The stream data (compressed page contents, object streams) a long document keeps in memory
   * before using temporary files: all of a 100-article booklet's (about 1 MB), so it is not
   * slowed by file I/O, while a 1,000-article booklet's 12 MB still mostly leaves the heap.
   */
  private static final long STREAM_MEMORY = 4L << 20;
  /**
   * zlib's fastest level, for every stream of the file. Against PDFBox's default (6) it made
   * a 100-article booklet about 18 % faster and its file 15 % larger (1.38 against 1.19 MB):
   * compression had been a quarter of the booklet's time. See bench/README.md.
   */
  private static final int DEFLATE_LEVEL = Deflater.BEST_SPEED;

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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    render(() -> layout, info, out);
    return out.toByteArray();
  }

  /**
   * Writes the PDF of the layout {@code source} makes to {@code out} (not closed). Built for
   * small heaps: nothing but this method holds the layout, and each page's boxes are let go as
   * soon as the page is drawn; a long document's page content streams go to temporary files.
   */
  public void render(Supplier<LaidOutDocument> source, DocumentInfo info, OutputStream out)
      throws IOException {
    LaidOutDocument layout = source.get();
    List<Page> laidOut = new ArrayList<>(layout.pages());
    List<LaidOutDocument.PageFurniture> furniture = layout.furniture();
    StructureNode structure = layout.structure();
    List<OutlineEntry> outlineEntries = layout.outline();
    // The document ID hashes the text; taken first, so the drawing below can let pages go.
    byte[] id = Standards.hash(String.join("\f", layout.pageTexts()), info.toString(),
        settings.toString());
    layout = null; // the pages are in laidOut only, and released one by one
    // A handout's few pages stay in memory (faster); a long booklet's go to temporary files
    // once they outgrow STREAM_MEMORY.
    try (PDDocument document = DeflatingDocument.create(laidOut.size() > TEMP_FILE_PAGES
        ? MemoryUsageSetting.setupMixed(STREAM_MEMORY).streamCache
        : IOUtils.createMemoryOnlyStreamCache(), DEFLATE_LEVEL)) {
      document.setVersion(1.7f);
      List<PDPage> pages = new ArrayList<>();
      PDRectangle size = new PDRectangle(settings.pageWidth(), settings.pageHeight());
      for (int i = 0; i < laidOut.size(); i++) {
        PDPage page = new PDPage(size);
        page.setStructParents(i);
        page.getCOSObject().setName(COSName.getPDFName("Tabs"), "S");
        document.addPage(page);
        pages.add(page);
      }
      PageDrawer drawer = drawPages(document, pages, laidOut, furniture, structure,
          outlineEntries);
      // Only the PDF objects are left: the layout's structure tree and outline go before saving,
      // when the heap is at its fullest.
      structure = null;
      outlineEntries = null;
      Standards.apply(document, info, id);
      drawer.subsetFonts(); // what PDDocument.save would do first
      PdfFileWriter.write(document.getDocument(), DEFLATE_LEVEL, out);
    }
  }

  /**
   * Draws every page (letting each layout page go once drawn), the tags and the outline;
   * returns the drawer, which knows the fonts to subset.
   */
  private PageDrawer drawPages(PDDocument document, List<PDPage> pages, List<Page> laidOut,
      List<LaidOutDocument.PageFurniture> furniture, StructureNode structure,
      List<OutlineEntry> outlineEntries) throws IOException {
    Map<String, PDPageXYZDestination> anchors = anchors(laidOut, pages);
    TagWriter tags = new TagWriter(document, structure, pages.size());
    PageDrawer drawer = new PageDrawer(document, settings, fonts, images, tags, anchors,
        pages.size());
    for (int i = 0; i < pages.size(); i++) {
      drawer.draw(laidOut.get(i), pages.get(i), i, furniture.get(i));
      laidOut.set(i, null);
    }
    tags.finish();
    outline(document, outlineEntries, anchors);
    return drawer;
  }

  private Map<String, PDPageXYZDestination> anchors(List<Page> laidOut, List<PDPage> pages) {
    Map<String, PDPageXYZDestination> anchors = new HashMap<>();
    for (Page page : laidOut) {
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
      PDOutlineItem item = new PDOutlineItem(new CompactDictionary());
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
