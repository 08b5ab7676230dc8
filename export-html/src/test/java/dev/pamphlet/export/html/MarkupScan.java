package dev.pamphlet.export.html;

import dev.pamphlet.core.validate.UrlPolicy;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Parses output the way a browser does (the Nu checker's HTML5 parser) and lists everything
 * that could run script or load active content: elements outside the exporter's own
 * vocabulary, event-handler and style attributes, and URLs outside the allow-list.
 */
final class MarkupScan {
  /** Every element the exporter writes. Anything else came from content. */
  private static final Set<String> VOCABULARY = Set.of("html", "head", "body", "meta", "title",
      "style", "main", "header", "footer", "nav", "article", "section", "div", "h1", "h2", "h3",
      "h4", "h5", "h6", "p", "span", "em", "strong", "code", "pre", "a", "sup", "br", "hr", "ul",
      "ol", "li", "aside", "blockquote", "figure", "figcaption", "img", "table", "caption",
      "thead", "tbody", "tr", "th", "td", "time");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action",
      "formaction", "xlink:href", "poster", "background", "srcset", "data", "cite");

  private MarkupScan() {}

  /** What is wrong with {@code html}: empty when nothing active survived. */
  static List<String> activeContent(String html) throws Exception {
    HtmlDocumentBuilder builder = new HtmlDocumentBuilder();
    Document document = builder.parse(new InputSource(new StringReader(html)));
    List<String> problems = new ArrayList<>();
    scan(document.getDocumentElement(), problems);
    return problems;
  }

  private static void scan(Element element, List<String> problems) {
    String name = element.getLocalName().toLowerCase(Locale.ROOT);
    if (!VOCABULARY.contains(name)) {
      problems.add("foreign element <" + name + ">");
    }
    if (name.equals("style") && !"head".equals(element.getParentNode().getNodeName())) {
      problems.add("<style> outside <head>");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String attributeName = attribute.getName().toLowerCase(Locale.ROOT);
      if (attributeName.startsWith("on") || attributeName.equals("style")
          || attributeName.equals("srcdoc")) {
        problems.add("<" + name + " " + attributeName + "=" + attribute.getValue() + ">");
      }
      if (URL_ATTRIBUTES.contains(attributeName) && !UrlPolicy.isSafe(attribute.getValue())) {
        problems.add("<" + name + " " + attributeName + "=\"" + attribute.getValue() + "\">");
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        scan(childElement, problems);
      }
    }
  }
}
