package dev.pamphlet.cli.pipeline;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;

/** The text a reader sees in each format's files. */
final class Rendered {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern HEAD = Pattern.compile("<head\\b.*?</head>", Pattern.DOTALL);
  private static final Pattern IMAGE_ALT = Pattern.compile("<img\\b[^>]*?\\balt=\"([^\"]*)\"[^>]*>");
  /** Elements inside a line of text: they do not separate words. */
  private static final Pattern INLINE_TAG = Pattern.compile(
      "</?(a|em|strong|code|span|b|i|s|del|ins|mark|small|abbr|q|cite|dfn|kbd|samp|var)\\b[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPINE_ITEM = Pattern.compile("<itemref\\b[^>]*idref=\"([^\"]*)\"");
  private static final Pattern MANIFEST_ITEM = Pattern.compile("<item\\b[^>]*>");
  private static final Pattern ATTRIBUTE = Pattern.compile("\\b(id|href)=\"([^\"]*)\"");

  private Rendered() {}

  /**
   * The visible text of an HTML or XHTML document or fragment: the head left out, an image
   * replaced by its alt text, tags other than inline ones (links, emphasis, code, spans)
   * replaced by a space — so a superscript note number, a table cell or a list item is a word
   * of its own — and character references decoded.
   */
  static String html(String html) {
    String text = HEAD.matcher(COMMENT.matcher(html).replaceAll(" ")).replaceAll(" ");
    text = IMAGE_ALT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(" " + m.group(1)
        + " "));
    text = INLINE_TAG.matcher(text).replaceAll("");
    text = TAG.matcher(text).replaceAll(" ");
    return Escaping.unescapeHtml(text);
  }

  /** The content documents of an EPUB, in spine order, by path in the container. */
  static Map<String, String> epubSpine(byte[] epub) {
    Map<String, String> entries = new LinkedHashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
      for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
        entries.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String opf = entries.get("EPUB/package.opf");
    Map<String, String> hrefs = new LinkedHashMap<>();
    Matcher item = MANIFEST_ITEM.matcher(opf);
    while (item.find()) {
      Matcher attribute = ATTRIBUTE.matcher(item.group());
      String id = "";
      String href = "";
      while (attribute.find()) {
        if (attribute.group(1).equals("id")) {
          id = attribute.group(2);
        } else {
          href = attribute.group(2);
        }
      }
      hrefs.put(id, href);
    }
    Map<String, String> spine = new LinkedHashMap<>();
    Matcher itemref = SPINE_ITEM.matcher(opf);
    while (itemref.find()) {
      String path = "EPUB/" + Escaping.unescapeHtml(hrefs.get(itemref.group(1)));
      spine.put(path, entries.get(path));
    }
    return spine;
  }

  /**
   * What a PDF shows: its text in reading order as a screen reader gets it ({@link TaggedText}:
   * the structure tree, right-to-left and shaped runs by their ActualText), and its figures'
   * alternative texts.
   */
  record Pdf(String text, List<String> figureAlts) {}

  static Pdf pdf(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      List<String> alts = new ArrayList<>();
      if (document.getDocumentCatalog().getStructureTreeRoot() != null) {
        collectAlts(document.getDocumentCatalog().getStructureTreeRoot(), alts);
      }
      return new Pdf(TaggedText.of(document), alts);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collectAlts(PDStructureNode node, List<String> alts) {
    for (Object kid : node.getKids()) {
      if (kid instanceof PDStructureElement element) {
        if (element.getStructureType().equals("Figure")
            && element.getAlternateDescription() != null) {
          alts.add(element.getAlternateDescription());
        }
        collectAlts(element, alts);
      }
    }
  }
}
