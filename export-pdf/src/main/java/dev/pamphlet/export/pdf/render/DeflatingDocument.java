package dev.pamphlet.export.pdf.render;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessStreamCache;
import org.apache.pdfbox.io.RandomAccessStreamCache.StreamCacheCreateFunction;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A new, empty {@link PDDocument} whose Flate streams are compressed at a level of our
 * choosing. PDFBox compresses at zlib's default (6) unless a JVM-wide system property says
 * otherwise, which a library must not set for the application it runs in. Every stream PDFBox
 * creates for a document comes from its {@link COSDocument} (page contents and font subsets
 * here; object streams and the cross-reference stream too if PDFBox saves the file), so a
 * document whose streams deflate themselves sets the level for this file alone. Deterministic
 * like any zlib level: the same data and level give the same bytes.
 */
final class DeflatingDocument extends COSDocument {
  /**
   * The buffers between PDFBox's many small writes and zlib, so each call to zlib is large; a
   * page's contents are about 9 KB. Two per stream: larger ones were a sixth of all the
   * memory a booklet allocated.
   */
  private static final int BUFFER = 8 << 10;

  private final RandomAccessStreamCache cache;
  private final int level;
  private final List<COSStream> streams = new ArrayList<>();

  private DeflatingDocument(RandomAccessStreamCache cache, int level) {
    super(() -> cache);
    this.cache = cache;
    this.level = level;
  }

  /**
   * An empty document, set up as {@code new PDDocument(streamCache)} sets one up, whose Flate
   * streams are compressed at {@code level} (0–9, as {@link Deflater} takes it).
   */
  static PDDocument create(StreamCacheCreateFunction streamCache, int level) throws IOException {
    DeflatingDocument cos = new DeflatingDocument(streamCache.create(), level);
    cos.getDocumentState().setParsing(false);
    COSDictionary trailer = new COSDictionary();
    cos.setTrailer(trailer);
    COSDictionary root = new COSDictionary();
    trailer.setItem(COSName.ROOT, root);
    root.setItem(COSName.TYPE, COSName.CATALOG);
    root.setItem(COSName.VERSION, COSName.getPDFName("1.4"));
    COSDictionary pages = new COSDictionary();
    root.setItem(COSName.PAGES, pages);
    pages.setItem(COSName.TYPE, COSName.PAGES);
    pages.setItem(COSName.KIDS, new COSArray());
    pages.setItem(COSName.COUNT, COSInteger.ZERO);
    return new PDDocument(cos);
  }

  @Override
  public COSStream createCOSStream() {
    COSStream stream = new DeflatingStream(cache, level);
    streams.add(stream); // as COSDocument does with its own, so close() can release them
    return stream;
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (COSStream stream : streams) {
      try {
        stream.close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
    }
    streams.clear();
    super.close();
    if (first != null) {
      throw first;
    }
  }

  /** A stream that, asked for Flate, compresses its data as it is written, at its level. */
  private static final class DeflatingStream extends COSStream {
    private final int level;

    DeflatingStream(RandomAccessStreamCache cache, int level) {
      super(cache);
      this.level = level;
    }

    @Override
    public OutputStream createOutputStream(COSBase filters) throws IOException {
      if (!COSName.FLATE_DECODE.equals(filters)) {
        return super.createOutputStream(filters);
      }
      OutputStream raw = createRawOutputStream(); // sets /Length when closed
      setItem(COSName.FILTER, COSName.FLATE_DECODE);
      Deflater deflater = new Deflater(level);
      OutputStream deflating = new DeflaterOutputStream(raw, deflater, BUFFER) {
        @Override
        public void close() throws IOException {
          try {
            super.close();
          } finally {
            deflater.end(); // a Deflater of our own is not ended by the stream
          }
        }
      };
      return new BufferedOutputStream(deflating, BUFFER);
    }
  }
}
