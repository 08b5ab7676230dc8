package dev.pamphlet.export.epub;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** An EPUB opened for reading back: its entries in order, and its XML documents parsed. */
final class EpubFiles {
  static final String OPF = "http://www.idpf.org/2007/opf";
  static final String XHTML = "http://www.w3.org/1999/xhtml";
  static final String EPUB = "http://www.idpf.org/2007/ops";
  static final String DC = "http://purl.org/dc/elements/1.1/";

  private final Map<String, byte[]> entries;
  private final List<ZipEntry> zipEntries;

  private EpubFiles(Map<String, byte[]> entries, List<ZipEntry> zipEntries) {
    this.entries = entries;
    this.zipEntries = zipEntries;
  }

  static EpubFiles open(byte[] epub) {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    List<ZipEntry> zipEntries = new ArrayList<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        entries.put(entry.getName(), zip.readAllBytes());
        zipEntries.add(entry);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new EpubFiles(entries, zipEntries);
  }

  /** The entry names, in container order. */
  List<String> names() {
    return List.copyOf(entries.keySet());
  }

  List<ZipEntry> zipEntries() {
    return zipEntries;
  }

  byte[] bytes(String name) {
    byte[] bytes = entries.get(name);
    if (bytes == null) {
      throw new AssertionError("no entry " + name + " in " + entries.keySet());
    }
    return bytes;
  }

  String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Entry {@code name} parsed as namespace-aware XML. */
  Document xml(String name) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new ByteArrayInputStream(bytes(name)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("entry " + name + " is not well-formed XML: " + e, e);
    }
  }

  /** The elements named {@code local} in {@code namespace} under {@code root}, in order. */
  static List<Element> elements(Node root, String namespace, String local) {
    NodeList list = root instanceof Document document
        ? document.getElementsByTagNameNS(namespace, local)
        : ((Element) root).getElementsByTagNameNS(namespace, local);
    List<Element> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add((Element) list.item(i));
    }
    return out;
  }

  /** The child elements of {@code parent} named {@code local} (XHTML namespace). */
  static List<Element> children(Element parent, String local) {
    List<Element> out = new ArrayList<>();
    for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element element && element.getLocalName().equals(local)) {
        out.add(element);
      }
    }
    return out;
  }

  /** The values of the package document's {@code <meta property="…">} elements. */
  List<String> metaValues(String property) {
    List<String> values = new ArrayList<>();
    for (Element meta : elements(xml("EPUB/package.opf"), OPF, "meta")) {
      if (meta.getAttribute("property").equals(property)) {
        values.add(meta.getTextContent());
      }
    }
    return values;
  }
}
