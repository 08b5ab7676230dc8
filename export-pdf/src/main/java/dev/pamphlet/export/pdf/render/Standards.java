package dev.pamphlet.export.pdf.render;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * What makes a file PDF/UA-1 and PDF/A-2u beyond its tags: the language, the title in the
 * window, XMP metadata that matches the document information (and declares the PDF/UA
 * identification schema, which PDF/A-2 does not predefine), an sRGB output intent, and a
 * document /ID taken from the content so the same input gives the same bytes.
 */
final class Standards {
  private static final String PRODUCER = "Pamphlet";
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private Standards() {}

  static void apply(PDDocument document, DocumentInfo info, byte[] contentHash)
      throws IOException {
    PDDocumentCatalog catalog = document.getDocumentCatalog();
    catalog.setLanguage(info.language());
    PDViewerPreferences preferences =
        new PDViewerPreferences(new org.apache.pdfbox.cos.COSDictionary());
    preferences.setDisplayDocTitle(true);
    catalog.setViewerPreferences(preferences);

    PDDocumentInformation information = new PDDocumentInformation();
    information.setTitle(info.title());
    if (!info.authors().isEmpty()) {
      information.setAuthor(String.join(", ", info.authors()));
    }
    if (!info.subject().isEmpty()) {
      information.setSubject(info.subject());
    }
    if (!info.keywords().isEmpty()) {
      information.setKeywords(String.join(", ", info.keywords()));
    }
    information.setCreator(PRODUCER);
    information.setProducer(PRODUCER);
    info.date().ifPresent(date -> {
      information.setCreationDate(calendar(date));
      information.setModificationDate(calendar(date));
    });
    document.setDocumentInformation(information);

    PDMetadata metadata = new PDMetadata(document);
    metadata.importXMPMetadata(xmp(info).getBytes(StandardCharsets.UTF_8));
    catalog.setMetadata(metadata);

    PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB));
    intent.setInfo("sRGB IEC61966-2.1");
    intent.setOutputCondition("sRGB IEC61966-2.1");
    intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
    intent.setRegistryName("http://www.color.org");
    catalog.addOutputIntent(intent);

    byte[] id = Arrays.copyOf(contentHash, 16);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    document.getDocument().setDocumentID(ids);
  }

  /** A SHA-256 digest of {@code parts}, for the document /ID. */
  static byte[] hash(String... parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (String part : parts) {
        digest.update(part.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
      }
      return digest.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JVM", e);
    }
  }

  private static Calendar calendar(Instant instant) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
    calendar.setTimeInMillis(instant.toEpochMilli());
    return calendar;
  }

  private static String xmp(DocumentInfo info) {
    StringBuilder x = new StringBuilder();
    x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
        .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
        .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
        .append(description("dc", "http://purl.org/dc/elements/1.1/"))
        .append("<dc:format>application/pdf</dc:format>\n")
        .append("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(info.title()))
        .append("</rdf:li></rdf:Alt></dc:title>\n");
    if (!info.authors().isEmpty()) {
      x.append("<dc:creator><rdf:Seq><rdf:li>").append(esc(String.join(", ", info.authors())))
          .append("</rdf:li></rdf:Seq></dc:creator>\n");
    }
    if (!info.subject().isEmpty()) {
      x.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">")
          .append(esc(info.subject())).append("</rdf:li></rdf:Alt></dc:description>\n");
    }
    x.append("<dc:language><rdf:Bag><rdf:li>").append(esc(info.language()))
        .append("</rdf:li></rdf:Bag></dc:language>\n")
        .append("</rdf:Description>\n")
        .append(description("pdf", "http://ns.adobe.com/pdf/1.3/"))
        .append("<pdf:Producer>").append(PRODUCER).append("</pdf:Producer>\n");
    if (!info.keywords().isEmpty()) {
      x.append("<pdf:Keywords>").append(esc(String.join(", ", info.keywords())))
          .append("</pdf:Keywords>\n");
    }
    x.append("</rdf:Description>\n")
        .append(description("xmp", "http://ns.adobe.com/xap/1.0/"))
        .append("<xmp:CreatorTool>").append(PRODUCER).append("</xmp:CreatorTool>\n");
    info.date().ifPresent(date -> {
      String when = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(date.atOffset(ZoneOffset.UTC));
      x.append("<xmp:CreateDate>").append(when).append("</xmp:CreateDate>\n")
          .append("<xmp:ModifyDate>").append(when).append("</xmp:ModifyDate>\n");
    });
    x.append("</rdf:Description>\n")
        .append(description("pdfaid", "http://www.aiim.org/pdfa/ns/id/"))
        .append("<pdfaid:part>2</pdfaid:part>\n<pdfaid:conformance>U</pdfaid:conformance>\n")
        .append("</rdf:Description>\n")
        .append(description("pdfuaid", "http://www.aiim.org/pdfua/ns/id/"))
        .append("<pdfuaid:part>1</pdfuaid:part>\n")
        .append("</rdf:Description>\n")
        .append(EXTENSION)
        .append("</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end=\"w\"?>");
    return x.toString();
  }

  /** PDF/A-2 predefines only some schemas; pdfuaid must be declared (ISO 19005-2, 6.6.2.3). */
  private static final String EXTENSION =
      "<rdf:Description rdf:about=\"\""
      + " xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\""
      + " xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\""
      + " xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n"
      + "<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n"
      + "<pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>\n"
      + "<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>\n"
      + "<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>\n"
      + "<pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType=\"Resource\">\n"
      + "<pdfaProperty:name>part</pdfaProperty:name>\n"
      + "<pdfaProperty:valueType>Integer</pdfaProperty:valueType>\n"
      + "<pdfaProperty:category>internal</pdfaProperty:category>\n"
      + "<pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed"
      + "</pdfaProperty:description>\n"
      + "</rdf:li></rdf:Seq></pdfaSchema:property>\n"
      + "</rdf:li></rdf:Bag></pdfaExtension:schemas>\n"
      + "</rdf:Description>\n";

  private static String description(String prefix, String namespace) {
    return "<rdf:Description rdf:about=\"\" xmlns:" + prefix + "=\"" + namespace + "\">\n";
  }

  private static String esc(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
