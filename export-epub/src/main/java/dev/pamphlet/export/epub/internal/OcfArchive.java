package dev.pamphlet.export.epub.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the EPUB container (OCF ZIP) in one pass and deterministically: {@code mimetype}
 * first and stored uncompressed (reading systems sniff it at a fixed offset), then the files in
 * the order given, every entry with the same fixed time and no extra fields, so the same book
 * gives the same bytes on every machine and in every time zone. Internal: not part of the API.
 *
 * <pre>{@code
 * try (OcfArchive zip = OcfArchive.start(out, time)) {
 *   zip.add("META-INF/container.xml", bytes);
 * }
 * }</pre>
 */
final class OcfArchive implements AutoCloseable {
  private static final byte[] MIMETYPE = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);

  private final ZipOutputStream zip;
  private final LocalDateTime time;

  private OcfArchive(OutputStream out, LocalDateTime time) {
    this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    this.time = time;
  }

  /**
   * Starts the archive on {@code out} (closed with it) and writes the {@code mimetype} entry;
   * {@code time} is the date of every entry (local time fields, no zone: ZIP has none).
   */
  static OcfArchive start(OutputStream out, LocalDateTime time) throws IOException {
    OcfArchive archive = new OcfArchive(out, time);
    ZipEntry mimetype = archive.entry("mimetype");
    mimetype.setMethod(ZipEntry.STORED);
    mimetype.setSize(MIMETYPE.length);
    mimetype.setCompressedSize(MIMETYPE.length);
    CRC32 crc = new CRC32();
    crc.update(MIMETYPE);
    mimetype.setCrc(crc.getValue());
    archive.zip.putNextEntry(mimetype);
    archive.zip.write(MIMETYPE);
    archive.zip.closeEntry();
    return archive;
  }

  /** Adds a compressed file. */
  void add(String path, byte[] content) throws IOException {
    zip.putNextEntry(entry(path));
    zip.write(content);
    zip.closeEntry();
  }

  private ZipEntry entry(String path) {
    ZipEntry entry = new ZipEntry(path);
    // setTimeLocal writes the DOS date fields only: no time zone, no extended-time extra field.
    entry.setTimeLocal(time);
    return entry;
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
