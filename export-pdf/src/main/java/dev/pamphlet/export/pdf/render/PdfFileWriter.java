package dev.pamphlet.export.pdf.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSBoolean;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNull;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfwriter.COSWriter;

/**
 * Writes a finished document's objects as a PDF file with object streams and a
 * cross-reference stream: what PDFBox's {@code save} writes with its default compression, in
 * the same structure (the same objects are indirect, streams and the catalog at the top level,
 * all other indirect objects in Flate object streams of up to 200), at a fraction of the cost.
 * PDFBox's writer keeps several hash maps of keys per object and writes names and numbers a
 * byte at a time; for a booklet's tens of thousands of structure elements that was a third of
 * the time it took to make the file.
 *
 * <p>What it writes is decided by the objects alone, in the order they are reached from the
 * trailer, so the same document gives the same bytes. Not for documents read from a file
 * (encryption, incremental updates, object generations other than 0): this renderer's only.
 */
final class PdfFileWriter {
  private static final int OBJECTS_PER_STREAM = 200;
  private static final byte[] HEADER_COMMENT = {'%', (byte) 0xf6, (byte) 0xe4, (byte) 0xfc,
      (byte) 0xdf, '\n'};
  private static final byte[] STREAM_END =
      "\r\nendstream\nendobj\n".getBytes(StandardCharsets.US_ASCII);

  private final COSDocument document;
  private final int level;
  /** The object number of every indirect object, by identity. */
  private final Map<COSBase, Integer> numbers = new IdentityHashMap<>();
  /** The indirect objects, object number 1 first. */
  private final List<COSBase> objects = new ArrayList<>();
  private final Map<COSName, byte[]> names = new IdentityHashMap<>();
  /** Buffers used over and over: an object, an object stream's offsets, deflated data. */
  private final ByteSink scratch = new ByteSink(1 << 16);
  private final ByteSink offsetsScratch = new ByteSink(1 << 12);
  private final ByteSink deflatedScratch = new ByteSink(1 << 16);

  private PdfFileWriter(COSDocument document, int level) {
    this.document = document;
    this.level = level;
  }

  /**
   * Writes {@code document} (its trailer must hold /Root, and may hold /Info and /ID) to
   * {@code out}, deflating object streams and the cross-reference stream at {@code level}.
   * Fonts must already be subset.
   */
  static void write(COSDocument document, int level, OutputStream out) throws IOException {
    new PdfFileWriter(document, level).write(new CountingOutput(out));
  }

  private void write(CountingOutput out) throws IOException {
    COSDictionary trailer = document.getTrailer();
    COSBase root = trailer.getDictionaryObject(COSName.ROOT);
    number(trailer);
    out.write(("%PDF-" + version(root) + "\n").getBytes(StandardCharsets.US_ASCII));
    out.write(HEADER_COMMENT);

    int count = objects.size();
    long[] offsets = new long[count + 1]; // by object number: file offset, or object stream
    int[] streamIndex = new int[count + 1]; // for objects in object streams: index in it
    List<Integer> compressed = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      COSBase object = objects.get(n - 1);
      if (object instanceof COSStream || object == root) {
        offsets[n] = out.position();
        writeTopLevel(out, n, object);
      } else {
        compressed.add(n);
      }
    }
    int objectStreams = (compressed.size() + OBJECTS_PER_STREAM - 1) / OBJECTS_PER_STREAM;
    int size = count + objectStreams + 2; // with object 0 and the cross-reference stream
    offsets = Arrays.copyOf(offsets, size);
    streamIndex = Arrays.copyOf(streamIndex, size);
    for (int s = 0; s < objectStreams; s++) {
      int streamNumber = count + 1 + s;
      List<Integer> members = compressed.subList(s * OBJECTS_PER_STREAM,
          Math.min(compressed.size(), (s + 1) * OBJECTS_PER_STREAM));
      for (int i = 0; i < members.size(); i++) {
        offsets[members.get(i)] = streamNumber;
        streamIndex[members.get(i)] = i;
      }
      offsets[streamNumber] = out.position();
      writeObjectStream(out, streamNumber, members);
    }
    int xrefNumber = size - 1;
    long xrefOffset = out.position();
    offsets[xrefNumber] = xrefOffset;
    writeCrossReferenceStream(out, xrefNumber, offsets, streamIndex, compressed, trailer);
    out.write(("startxref\n" + xrefOffset + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  /**
   * The header's version: the catalog's if it is later (PDFBox keeps a version set after
   * creation there), and at least 1.5, which object streams need.
   */
  private String version(COSBase root) {
    float version = Math.max(document.getVersion(), 1.5f);
    String catalogVersion = root instanceof COSDictionary catalog
        ? catalog.getNameAsString(COSName.VERSION) : null;
    if (catalogVersion != null) {
      try {
        version = Math.max(version, Float.parseFloat(catalogVersion));
      } catch (NumberFormatException e) {
        // not a version: the header's stands
      }
    }
    return String.format(Locale.ROOT, "%.1f", version);
  }

  // ---- numbering

  /** Numbers every indirect object reachable from the trailer, breadth first. */
  private void number(COSDictionary trailer) {
    Deque<COSBase> pending = new ArrayDeque<>();
    for (COSName key : List.of(COSName.ROOT, COSName.INFO)) {
      COSBase value = trailer.getItem(key);
      if (value != null) {
        reach(value, pending);
      }
    }
    while (!pending.isEmpty()) {
      children(pending.poll(), pending);
    }
  }

  /** Notes a value met in a container: an indirect object is numbered and queued once. */
  private void reach(COSBase value, Deque<COSBase> pending) {
    COSBase object = value instanceof COSObject reference ? reference.getObject() : value;
    if (object == null) {
      return;
    }
    if (value instanceof COSObject || isIndirect(object)) {
      if (!numbers.containsKey(object)) {
        objects.add(object);
        numbers.put(object, objects.size());
        pending.add(object);
      }
    } else {
      children(object, pending); // a direct container: its contents belong to its holder
    }
  }

  private void children(COSBase container, Deque<COSBase> pending) {
    if (container instanceof COSDictionary dictionary) {
      for (COSBase value : dictionary.getValues()) {
        reach(value, pending);
      }
    } else if (container instanceof COSArray array) {
      for (int i = 0; i < array.size(); i++) {
        COSBase value = array.get(i);
        if (value != null) {
          reach(value, pending);
        }
      }
    }
  }

  /** PDFBox's rule: streams, and dictionaries and arrays not marked direct. */
  private static boolean isIndirect(COSBase object) {
    return object instanceof COSStream
        || (object instanceof COSDictionary || object instanceof COSArray) && !object.isDirect();
  }

  // ---- objects

  private void writeTopLevel(CountingOutput out, int number, COSBase object) throws IOException {
    ByteSink sink = scratch.reset();
    sink.writeNumber(number);
    sink.write(" 0 obj\n");
    if (object instanceof COSStream stream) {
      byte[] data;
      try (InputStream in = stream.createRawInputStream()) {
        data = in.readAllBytes();
      }
      sink.write("<<");
      for (Map.Entry<COSName, COSBase> entry : stream.entrySet()) {
        if (!entry.getKey().equals(COSName.LENGTH)) {
          sink.write(name(entry.getKey()));
          sink.write(' ');
          value(sink, entry.getValue());
        }
      }
      finishStream(out, sink, data, data.length);
    } else {
      value(sink, object, true);
      sink.write("\nendobj\n");
      sink.writeTo(out);
    }
  }

  private void writeObjectStream(CountingOutput out, int number, List<Integer> members)
      throws IOException {
    ByteSink body = scratch.reset();
    ByteSink header = offsetsScratch.reset();
    for (int member : members) {
      header.writeNumber(member);
      header.write(' ');
      header.writeNumber(body.size());
      header.write(' ');
      value(body, objects.get(member - 1), true);
      body.write('\n');
    }
    ByteSink data = deflate(header, body);
    ByteSink object = new ByteSink(128);
    object.writeNumber(number);
    object.write(" 0 obj\n<</Type /ObjStm/N ");
    object.writeNumber(members.size());
    object.write("/First ");
    object.writeNumber(header.size());
    object.write("/Filter /FlateDecode");
    finishStream(out, object, data.bytes(), data.size());
  }

  /**
   * The cross-reference stream, its own entry included: type 0 for object 0, 1 (offset) for
   * top-level objects, 2 (object stream, index) for objects in object streams.
   */
  private void writeCrossReferenceStream(CountingOutput out, int number, long[] offsets,
      int[] streamIndex, List<Integer> compressed, COSDictionary trailer) throws IOException {
    boolean[] inStream = new boolean[offsets.length];
    compressed.forEach(n -> inStream[n] = true);
    long largestOffset = 0;
    int largestIndex = 0;
    for (int n = 1; n < offsets.length; n++) {
      largestOffset = Math.max(largestOffset, offsets[n]);
      largestIndex = Math.max(largestIndex, streamIndex[n]);
    }
    int width = width(largestOffset);
    int indexWidth = width(largestIndex);
    ByteSink table = new ByteSink(offsets.length * (width + indexWidth + 1));
    table.write(0); // object 0: free, next free 0, the largest generation the field holds
    table.writeBytes(0, width);
    table.writeBytes(-1, indexWidth);
    for (int n = 1; n < offsets.length; n++) {
      table.write(inStream[n] ? 2 : 1);
      table.writeBytes(offsets[n], width);
      table.writeBytes(inStream[n] ? streamIndex[n] : 0, indexWidth);
    }
    ByteSink data = deflate(table);
    ByteSink object = scratch.reset();
    object.writeNumber(number);
    object.write(" 0 obj\n<</Type /XRef/Size ");
    object.writeNumber(offsets.length);
    for (COSName key : List.of(COSName.ROOT, COSName.INFO, COSName.ID)) {
      COSBase value = trailer.getItem(key);
      if (value != null) {
        object.write(name(key));
        object.write(' ');
        value(object, value);
      }
    }
    object.write("/W [1 ");
    object.writeNumber(width);
    object.write(' ');
    object.writeNumber(indexWidth);
    object.write("]/Filter /FlateDecode");
    finishStream(out, object, data.bytes(), data.size());
  }

  /** {@code parts} one after the other, deflated at the writer's level, in a reused buffer. */
  private ByteSink deflate(ByteSink... parts) {
    ByteSink data = deflatedScratch.reset();
    Deflater deflater = new Deflater(level);
    try {
      for (int i = 0; i < parts.length; i++) {
        deflater.setInput(parts[i].bytes(), 0, parts[i].size());
        data.deflate(deflater, i == parts.length - 1);
      }
    } finally {
      deflater.end();
    }
    return data;
  }

  /**
   * Closes the stream dictionary {@code head} has begun with its /Length, and writes it, the
   * data and the end of the object.
   */
  private static void finishStream(CountingOutput out, ByteSink head, byte[] data, int length)
      throws IOException {
    head.write("/Length ");
    head.writeNumber(length);
    head.write(">>\nstream\r\n");
    head.writeTo(out);
    out.write(data, length);
    out.write(STREAM_END);
  }

  /** The bytes a cross-reference field needs for {@code largest}: at least one. */
  private static int width(long largest) {
    int width = 1;
    while (width < 8 && largest >= 1L << (8 * width)) {
      width++;
    }
    return width;
  }

  // ---- values

  private void value(ByteSink out, COSBase value) throws IOException {
    value(out, value, false);
  }

  /**
   * Writes a value: a reference if it is an indirect object, unless it is the object being
   * written ({@code topLevel}). Only dictionaries, arrays and what a {@link COSObject} holds
   * can be indirect: looking up the numbers and names in every dictionary would cost time,
   * and PDFBox's cached small integers would turn into references if one were ever indirect.
   */
  private void value(ByteSink out, COSBase value, boolean topLevel) throws IOException {
    COSBase object = value instanceof COSObject reference ? reference.getObject() : value;
    if (object == null || object instanceof COSNull) {
      out.write("null");
      return;
    }
    if (!topLevel && (value instanceof COSObject || object instanceof COSDictionary
        || object instanceof COSArray)) {
      Integer number = numbers.get(object);
      if (number != null) {
        out.writeNumber(number);
        out.write(" 0 R");
        return;
      }
    }
    if (object instanceof COSName name) {
      out.write(name(name));
    } else if (object instanceof COSInteger integer) {
      out.writeNumber(integer.longValue());
    } else if (object instanceof COSDictionary dictionary) {
      out.write("<<");
      for (Map.Entry<COSName, COSBase> entry : dictionary.entrySet()) {
        out.write(name(entry.getKey()));
        out.write(' ');
        value(out, entry.getValue());
      }
      out.write(">>");
    } else if (object instanceof COSArray array) {
      out.write('[');
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          out.write(' ');
        }
        value(out, array.get(i));
      }
      out.write(']');
    } else if (object instanceof COSString string) {
      COSWriter.writeString(string, out);
    } else if (object instanceof COSFloat number) {
      number.writePDF(out);
    } else if (object instanceof COSBoolean bool) {
      bool.writePDF(out);
    } else {
      throw new IOException("Cannot write a " + object.getClass().getSimpleName());
    }
  }

  private byte[] name(COSName name) {
    return names.computeIfAbsent(name, PdfFileWriter::nameBytes);
  }

  /** A name as PDFBox writes it (with its escapes), worked out once per name. */
  private static byte[] nameBytes(COSName name) {
    ByteSink sink = new ByteSink(16);
    try {
      name.writePDF(sink);
    } catch (IOException e) {
      throw new IllegalStateException(e); // a ByteSink does not fail
    }
    return Arrays.copyOf(sink.bytes(), sink.size());
  }

  /** The file, counting the bytes written so far. */
  private static final class CountingOutput {
    private final OutputStream out;
    private long position;

    CountingOutput(OutputStream out) {
      this.out = out;
    }

    long position() {
      return position;
    }

    void write(byte[] bytes) throws IOException {
      write(bytes, bytes.length);
    }

    void write(byte[] bytes, int length) throws IOException {
      out.write(bytes, 0, length);
      position += length;
    }

    void flush() throws IOException {
      out.flush();
    }
  }

  /** A growable byte buffer that writes numbers and ASCII text without making strings. */
  private static final class ByteSink extends OutputStream {
    private byte[] bytes;
    private int size;

    ByteSink(int capacity) {
      bytes = new byte[Math.max(16, capacity)];
    }

    ByteSink reset() {
      size = 0;
      return this;
    }

    byte[] bytes() {
      return bytes;
    }

    int size() {
      return size;
    }

    private void room(int more) {
      if (size + more > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
      }
    }

    @Override
    public void write(int b) {
      room(1);
      bytes[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) {
      room(len);
      System.arraycopy(b, off, bytes, size, len);
      size += len;
    }

    void write(String ascii) {
      room(ascii.length());
      for (int i = 0; i < ascii.length(); i++) {
        bytes[size++] = (byte) ascii.charAt(i);
      }
    }

    void writeNumber(long value) {
      if (value < 0) {
        write('-');
        value = -value;
      }
      int digits = 1;
      for (long rest = value / 10; rest > 0; rest /= 10) {
        digits++;
      }
      room(digits);
      for (int i = size + digits - 1; i >= size; i--) {
        bytes[i] = (byte) ('0' + value % 10);
        value /= 10;
      }
      size += digits;
    }

    /** {@code value} big-endian in {@code width} bytes. */
    void writeBytes(long value, int width) {
      room(width);
      for (int i = width - 1; i >= 0; i--) {
        bytes[size++] = (byte) (value >>> (8 * i));
      }
    }

    /** Appends what {@code deflater} makes of its input; {@code last} finishes the stream. */
    void deflate(Deflater deflater, boolean last) {
      if (last) {
        deflater.finish();
      }
      while (last ? !deflater.finished() : !deflater.needsInput()) {
        room(1 << 14);
        size += deflater.deflate(bytes, size, bytes.length - size);
      }
    }

    void writeTo(CountingOutput out) throws IOException {
      out.write(bytes, size);
    }
  }
}
