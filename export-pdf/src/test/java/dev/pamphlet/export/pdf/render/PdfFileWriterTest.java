package dev.pamphlet.export.pdf.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/**
 * The file writer writes the document PDFBox's own {@code save} writes: the same objects,
 * read back, with a cross-reference stream whose every offset is right.
 */
class PdfFileWriterTest {
  /** Pages with contents and links, an outline (a cycle of references), info, metadata, /ID. */
  private static PDDocument sample() throws IOException {
    PDDocument document = DeflatingDocument.create(IOUtils.createMemoryOnlyStreamCache(),
        Deflater.BEST_SPEED);
    document.setVersion(1.7f);
    PDDocumentOutline outline = new PDDocumentOutline();
    for (int i = 0; i < 450; i++) { // more objects than one object stream holds
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        out.setNonStrokingColor(0.02f, 0.25f, 0.6f);
        out.addRect(72, 700 - i, 144.5f, 20);
        out.fill();
      }
      PDAnnotationLink link = new PDAnnotationLink();
      link.setRectangle(new PDRectangle(72, 700, 144, 20));
      PDActionURI action = new PDActionURI();
      action.setURI("https://example.org/page/" + i + "?a=(b)&c=\u00e9");
      link.setAction(action);
      page.getAnnotations().add(link);
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle("Page " + (i + 1) + " \u2013 \u201Cquoted\u201D");
      PDPageXYZDestination destination = new PDPageXYZDestination();
      destination.setPage(page);
      destination.setTop(800);
      item.setDestination(destination);
      outline.addLast(item);
    }
    document.getDocumentCatalog().setDocumentOutline(outline);
    PDDocumentInformation info = new PDDocumentInformation();
    info.setTitle("Caring for your wound");
    document.setDocumentInformation(info);
    PDMetadata metadata = new PDMetadata(document);
    try (var out = metadata.getCOSObject().createOutputStream()) {
      out.write("<x:xmpmeta xmlns:x='adobe:ns:meta/'/>".getBytes(StandardCharsets.UTF_8));
    }
    document.getDocumentCatalog().setMetadata(metadata);
    COSArray id = new COSArray();
    id.add(new COSString(new byte[] {1, 2, 3, 4}));
    id.add(new COSString(new byte[] {1, 2, 3, 4}));
    document.getDocument().setDocumentID(id);
    return document;
  }

  /** The sample document as the file writer writes it. */
  private static byte[] written() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument document = sample()) {
      PdfFileWriter.write(document.getDocument(), Deflater.BEST_SPEED, out);
    }
    return out.toByteArray();
  }

  @Test
  void theFileReadsBackAsTheSameDocumentPdfBoxWouldHaveSaved() throws IOException {
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    ByteArrayOutputStream pdfBox = new ByteArrayOutputStream();
    try (PDDocument document = sample()) {
      PdfFileWriter.write(document.getDocument(), Deflater.BEST_SPEED, ours);
      document.save(pdfBox);
    }
    try (PDDocument read = Loader.loadPDF(ours.toByteArray());
        PDDocument expected = Loader.loadPDF(pdfBox.toByteArray())) {
      assertThat(read.getNumberOfPages()).isEqualTo(450);
      assertThat(dump(trailerEntries(read))).isEqualTo(dump(trailerEntries(expected)))
          .contains("Caring for your wound", "https://example.org/page/449");
    }
  }

  @Test
  void everyCrossReferencePointsAtItsObject() throws IOException {
    byte[] file = written();
    String text = new String(file, StandardCharsets.ISO_8859_1);
    assertThat(text).startsWith("%PDF-1.7\n%").endsWith("%%EOF\n");
    int startxref = Integer.parseInt(text.substring(text.lastIndexOf("startxref\n") + 10,
        text.lastIndexOf("\n%%EOF")));
    try (PDDocument read = Loader.loadPDF(file)) {
      COSStream xref = (COSStream) read.getDocument().getObjectFromPool(
          read.getDocument().getXrefTable().keySet().stream()
              .filter(key -> read.getDocument().getXrefTable().get(key) == startxref)
              .findFirst().orElseThrow()).getObject();
      assertThat(xref.getCOSName(COSName.TYPE)).isEqualTo(COSName.XREF);
      COSArray w = xref.getCOSArray(COSName.W);
      int[] widths = {w.getInt(0), w.getInt(1), w.getInt(2)};
      byte[] table;
      try (InputStream in = xref.createInputStream()) {
        table = in.readAllBytes();
      }
      int entry = widths[0] + widths[1] + widths[2];
      int size = xref.getInt(COSName.SIZE);
      assertThat(table.length).isEqualTo(size * entry);
      int topLevel = 0;
      int compressed = 0;
      for (int n = 0; n < size; n++) {
        int type = (int) field(table, n * entry, widths[0]);
        long second = field(table, n * entry + widths[0], widths[1]);
        if (type == 1) {
          assertThat(text.substring((int) second)).as("object %d", n).startsWith(n + " 0 obj\n");
          topLevel++;
        } else if (type == 2) {
          compressed++;
        } else {
          assertThat(n).isZero();
        }
      }
      assertThat(topLevel).isGreaterThan(450); // pages' contents, metadata, object streams
      assertThat(compressed).isGreaterThan(450 * 4);
    }
  }

  @Test
  void theSameDocumentGivesTheSameBytes() throws IOException {
    assertThat(written()).isEqualTo(written());
  }

  /** What the trailer says of the document (its other entries describe the file). */
  private static COSArray trailerEntries(PDDocument document) {
    COSDictionary trailer = document.getDocument().getTrailer();
    COSArray entries = new COSArray();
    for (COSName key : new COSName[] {COSName.ROOT, COSName.INFO, COSName.ID}) {
      entries.add(trailer.getItem(key));
    }
    return entries;
  }

  private static long field(byte[] table, int at, int width) {
    long value = 0;
    for (int i = 0; i < width; i++) {
      value = value << 8 | (table[at + i] & 0xff);
    }
    return value;
  }

  /** The object graph from {@code root} as text: each dictionary once, then by its number. */
  private static String dump(COSBase root) throws IOException {
    StringBuilder out = new StringBuilder();
    dump(root, out, new IdentityHashMap<>());
    return out.toString();
  }

  private static void dump(COSBase value, StringBuilder out, Map<COSBase, Integer> seen)
      throws IOException {
    COSBase object = value instanceof COSObject reference ? reference.getObject() : value;
    if (object instanceof COSDictionary dictionary) {
      Integer number = seen.get(dictionary);
      if (number != null) {
        out.append('@').append(number);
        return;
      }
      seen.put(dictionary, seen.size());
      out.append("<<");
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        if (!entry.getKey().equals(COSName.LENGTH)) {
          out.append(entry.getKey().getName()).append('=');
          dump(entry.getValue(), out, seen);
          out.append(' ');
        }
      }
      out.append(">>");
      if (dictionary instanceof COSStream stream) {
        try (InputStream in = stream.createInputStream()) {
          out.append(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
        }
      }
    } else if (object instanceof COSArray array) {
      out.append('[');
      for (int i = 0; i < array.size(); i++) {
        dump(array.get(i), out, seen);
        out.append(' ');
      }
      out.append(']');
    } else {
      out.append(object);
    }
  }
}
