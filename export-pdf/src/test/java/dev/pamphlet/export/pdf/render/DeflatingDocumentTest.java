package dev.pamphlet.export.pdf.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.junit.jupiter.api.Test;

/** A deflating document's streams are Flate streams at its own level, and read back whole. */
class DeflatingDocumentTest {
  /** Compressible but not trivially: numbers, words and operators, as in page contents. */
  private static byte[] data() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append(i * 7919 % 10_007).append(" 0 Td (word").append(i % 97).append(") Tj\n");
    }
    return text.toString().getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] deflate(byte[] data, int level) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(level);
    try (OutputStream deflating = new DeflaterOutputStream(out, deflater)) {
      deflating.write(data);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }

  @Test
  void aFlateStreamIsCompressedAtTheDocumentsLevelAndDecodesToWhatWasWritten()
      throws IOException {
    byte[] data = data();
    try (PDDocument document = DeflatingDocument.create(IOUtils.createMemoryOnlyStreamCache(),
        Deflater.BEST_SPEED)) {
      COSStream stream = document.getDocument().createCOSStream();
      try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
        for (int i = 0; i < data.length; i += 13) { // many small writes, as PDFBox makes
          out.write(data, i, Math.min(13, data.length - i));
        }
      }
      assertThat(stream.getCOSName(COSName.FILTER)).isEqualTo(COSName.FLATE_DECODE);
      byte[] raw;
      try (InputStream in = stream.createRawInputStream()) {
        raw = in.readAllBytes();
      }
      assertThat(stream.getInt(COSName.LENGTH)).isEqualTo(raw.length);
      assertThat(raw).isEqualTo(deflate(data, Deflater.BEST_SPEED));
      assertThat(raw.length).isGreaterThan(deflate(data, Deflater.DEFAULT_COMPRESSION).length);
      try (InputStream in = stream.createInputStream()) {
        assertThat(in.readAllBytes()).isEqualTo(data);
      }
    }
  }

  @Test
  void streamsWithoutFlateAreLeftAsPdfBoxWritesThem() throws IOException {
    try (PDDocument document = DeflatingDocument.create(IOUtils.createMemoryOnlyStreamCache(),
        Deflater.BEST_SPEED)) {
      COSStream stream = document.getDocument().createCOSStream();
      try (OutputStream out = stream.createOutputStream()) {
        out.write("plain".getBytes(StandardCharsets.US_ASCII));
      }
      assertThat(stream.getItem(COSName.FILTER)).isNull();
      try (InputStream in = stream.createRawInputStream()) {
        assertThat(in.readAllBytes()).isEqualTo("plain".getBytes(StandardCharsets.US_ASCII));
      }
    }
  }

  @Test
  void aSavedDocumentReadsBackWithItsPageContents() throws IOException {
    ByteArrayOutputStream file = new ByteArrayOutputStream();
    try (PDDocument document = DeflatingDocument.create(IOUtils.createMemoryOnlyStreamCache(),
        Deflater.BEST_SPEED)) {
      PDPage page = new PDPage();
      document.addPage(page);
      try (PDPageContentStream out = new PDPageContentStream(document, page)) {
        out.addRect(72, 700, 144, 20);
        out.fill();
      }
      document.save(file);
    }
    try (PDDocument read = Loader.loadPDF(file.toByteArray())) {
      assertThat(read.getNumberOfPages()).isEqualTo(1);
      try (InputStream in = read.getPage(0).getContents()) {
        assertThat(new String(in.readAllBytes(), StandardCharsets.US_ASCII))
            .isEqualTo("72 700 144 20 re\nf\n");
      }
    }
  }
}
