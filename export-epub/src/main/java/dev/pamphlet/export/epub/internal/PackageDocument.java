package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.model.Metadata;
import java.util.List;

/**
 * The EPUB 3 package document ({@code package.opf}): metadata with the accessibility
 * properties, the manifest, and the spine. Written here rather than by epub4j, which writes
 * EPUB 2 package documents only. Internal: not part of the API.
 */
final class PackageDocument {
  /** The id of the {@code dc:identifier} that {@code unique-identifier} names. */
  static final String IDENTIFIER_ID = "book-id";

  private PackageDocument() {}

  /**
   * The package document.
   *
   * @param items the manifest, in order
   * @param spine the ids of the items read in order
   * @param coverId the cover image's item id, or {@code ""}
   */
  static String write(BookFacts book, String identifier, String modified,
      Accessibility accessibility, List<ManifestItem> items, List<String> spine,
      String coverId) {
    StringBuilder out = new StringBuilder(4096);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\"")
        .append(" unique-identifier=\"").append(IDENTIFIER_ID).append("\" xml:lang=\"")
        .append(Xml.escape(book.language())).append("\">\n");
    metadata(out, book, identifier, modified, accessibility, coverId);
    out.append("  <manifest>\n");
    for (ManifestItem item : items) {
      out.append("    <item id=\"").append(Xml.escape(item.id())).append("\" href=\"")
          .append(Xml.escape(item.href())).append("\" media-type=\"")
          .append(Xml.escape(item.mediaType())).append('"');
      if (!item.properties().isEmpty()) {
        out.append(" properties=\"").append(Xml.escape(item.properties())).append('"');
      }
      out.append("/>\n");
    }
    out.append("  </manifest>\n");
    // A booklet in a right-to-left language turns its pages the other way.
    out.append(XhtmlPage.isRightToLeft(book.language())
        ? "  <spine toc=\"ncx\" page-progression-direction=\"rtl\">\n"
        : "  <spine toc=\"ncx\">\n");
    for (String id : spine) {
      out.append("    <itemref idref=\"").append(Xml.escape(id)).append("\"/>\n");
    }
    out.append("  </spine>\n");
    out.append("</package>\n");
    return out.toString();
  }

  private static void metadata(StringBuilder out, BookFacts book, String identifier,
      String modified, Accessibility accessibility, String coverId) {
    Metadata metadata = book.metadata();
    out.append("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    element(out, "dc:identifier", " id=\"" + IDENTIFIER_ID + "\"", identifier);
    element(out, "dc:title", "", book.title());
    element(out, "dc:language", "", book.language());
    for (String creator : book.creators()) {
      element(out, "dc:creator", "", creator);
    }
    if (metadata.organization().isPresent()) {
      element(out, "dc:publisher", "", metadata.organization().name());
    }
    book.reviewed().ifPresent(date -> element(out, "dc:date", "", date.toString()));
    String description = metadata.summary().isBlank() ? metadata.subtitle() : metadata.summary();
    if (!description.isBlank()) {
      element(out, "dc:description", "", description);
    }
    for (String keyword : metadata.keywords()) {
      if (!keyword.isBlank()) {
        element(out, "dc:subject", "", keyword);
      }
    }
    meta(out, "dcterms:modified", modified);
    for (String mode : accessibility.accessModes()) {
      meta(out, "schema:accessMode", mode);
    }
    for (String modes : accessibility.accessModesSufficient()) {
      meta(out, "schema:accessModeSufficient", modes);
    }
    for (String feature : accessibility.features()) {
      meta(out, "schema:accessibilityFeature", feature);
    }
    for (String hazard : accessibility.hazards()) {
      meta(out, "schema:accessibilityHazard", hazard);
    }
    meta(out, "schema:accessibilitySummary", accessibility.summary());
    if (!accessibility.conformsTo().isEmpty()) {
      meta(out, "dcterms:conformsTo", accessibility.conformsTo());
    }
    if (!coverId.isEmpty()) {
      // EPUB 2 readers find the cover this way; EPUB 3 ones by the cover-image property.
      out.append("    <meta name=\"cover\" content=\"").append(Xml.escape(coverId))
          .append("\"/>\n");
    }
    out.append("  </metadata>\n");
  }

  private static void element(StringBuilder out, String name, String attributes, String text) {
    out.append("    <").append(name).append(attributes).append('>').append(Xml.escape(text))
        .append("</").append(name).append(">\n");
  }

  private static void meta(StringBuilder out, String property, String value) {
    out.append("    <meta property=\"").append(property).append("\">")
        .append(Xml.escape(value)).append("</meta>\n");
  }
}
