package dev.pamphlet.export.html;

import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.Set;

/**
 * Writes well-formed HTML or XHTML markup where every piece of text and every attribute value is
 * escaped. There is no way to write raw markup: user content can only ever become text.
 *
 * <p>Elements are opened with {@link #start}, given attributes with {@link #attribute}, and closed
 * with {@link #end}, which checks that it closes the element last opened. Void elements
 * ({@code br}, {@code img}, {@code hr}, {@code meta}) are written with {@link #empty}, which
 * closes their start tag right away.
 *
 * <p>In {@linkplain #xhtml(StringBuilder) XHTML mode} (for EPUB) the output is also well-formed
 * XML: void elements are self-closed ({@code <br/>}), boolean attributes carry a value, and
 * {@code <html>} gets the XHTML namespace. Characters that neither HTML nor XML allow (control
 * characters, lone surrogates, non-characters) are replaced with U+FFFD.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * HtmlWriter html = HtmlWriter.html(out);
 * html.start("a").attribute("href", url).text(label).end("a");
 * }</pre>
 *
 * <p>Not thread-safe: one writer per document.
 */
public final class HtmlWriter {
  /** The XHTML namespace, written on {@code <html>} in XHTML mode. */
  public static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

  private static final Set<String> VOID_ELEMENTS = Set.of("area", "base", "br", "col", "embed",
      "hr", "img", "input", "link", "meta", "source", "track", "wbr");

  private final StringBuilder out;
  private final boolean xhtml;
  private final Deque<String> open = new ArrayDeque<>();
  /** Whether a start tag is still open for attributes ({@code <a href="x"} so far). */
  private boolean inStartTag;
  private boolean startTagIsVoid;

  private HtmlWriter(StringBuilder out, boolean xhtml) {
    this.out = Objects.requireNonNull(out, "out");
    this.xhtml = xhtml;
  }

  /** A writer of HTML5 syntax. */
  public static HtmlWriter html(StringBuilder out) {
    return new HtmlWriter(out, false);
  }

  /** A writer of XHTML (the XML syntax of HTML5), as EPUB content documents need. */
  public static HtmlWriter xhtml(StringBuilder out) {
    return new HtmlWriter(out, true);
  }

  /** Whether this writer writes XHTML. */
  public boolean isXhtml() {
    return xhtml;
  }

  /**
   * Writes the document prologue: {@code <!DOCTYPE html>}, preceded in XHTML mode by the XML
   * declaration.
   */
  public HtmlWriter doctype() {
    finishStartTag();
    if (xhtml) {
      out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    }
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /** Opens element {@code name}; follow with {@link #attribute} calls, content, then end. */
  public HtmlWriter start(String name) {
    requireName(name);
    if (VOID_ELEMENTS.contains(name)) {
      throw new IllegalArgumentException("<" + name + "> is a void element: use empty()");
    }
    finishStartTag();
    out.append('<').append(name);
    open.push(name);
    inStartTag = true;
    startTagIsVoid = false;
    if (xhtml && name.equals("html")) {
      attribute("xmlns", XHTML_NAMESPACE);
    }
    return this;
  }

  /** Writes void element {@code name} ({@code <br>}, {@code <img>}); add attributes after it. */
  public HtmlWriter empty(String name) {
    requireName(name);
    if (!VOID_ELEMENTS.contains(name)) {
      throw new IllegalArgumentException("<" + name + "> is not a void element: use start()");
    }
    finishStartTag();
    out.append('<').append(name);
    inStartTag = true;
    startTagIsVoid = true;
    return this;
  }

  /**
   * Adds an attribute to the element just started. The value is escaped and always quoted.
   *
   * @throws IllegalStateException when no start tag is open
   */
  public HtmlWriter attribute(String name, String value) {
    if (!inStartTag) {
      throw new IllegalStateException("attribute " + name + " outside a start tag");
    }
    requireAttributeName(name);
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
    return this;
  }

  /** Adds attribute {@code name} when {@code value} is not empty. */
  public HtmlWriter attributeIfPresent(String name, String value) {
    return value.isEmpty() ? this : attribute(name, value);
  }

  /**
   * Adds a boolean attribute ({@code disabled}), written {@code disabled="disabled"} in XHTML
   * and {@code disabled=""} in HTML so both syntaxes read it the same.
   */
  public HtmlWriter booleanAttribute(String name) {
    return attribute(name, xhtml ? name : "");
  }

  /** Writes {@code text} as character data, escaped. */
  public HtmlWriter text(String text) {
    finishStartTag();
    escape(text, false);
    return this;
  }

  /**
   * Writes a line break in the markup (not a {@code <br>}): only where whitespace does not
   * matter, to keep the output readable and diff-friendly.
   */
  public HtmlWriter newline() {
    finishStartTag();
    out.append('\n');
    return this;
  }

  /**
   * Closes {@code name}, which must be the element opened last.
   *
   * @throws IllegalStateException when another element is open (a programming error)
   */
  public HtmlWriter end(String name) {
    finishStartTag();
    String last = open.poll();
    if (!name.equals(last)) {
      throw new IllegalStateException("closing <" + name + "> but <" + last + "> is open");
    }
    out.append("</").append(name).append('>');
    return this;
  }

  /**
   * Writes a trusted style sheet as the content of a {@code <style>} element (which the caller
   * has started). Style sheets are constants of the exporter, never user content; one that could
   * end the element early is refused.
   */
  public HtmlWriter styleSheet(String css) {
    if (open.isEmpty() || !open.peek().equals("style")) {
      throw new IllegalStateException("styleSheet() belongs inside <style>");
    }
    if (css.indexOf('<') >= 0 || css.indexOf('&') >= 0) {
      throw new IllegalArgumentException("a style sheet may not contain '<' or '&'");
    }
    finishStartTag();
    out.append(css);
    return this;
  }

  /** How many elements are still open: 0 once the document is complete. */
  public int depth() {
    return open.size();
  }

  private void finishStartTag() {
    if (inStartTag) {
      out.append(startTagIsVoid && xhtml ? "/>" : ">");
      inStartTag = false;
    }
  }

  /**
   * The text in Unicode Normalization Form C, which HTML asks for (the Nu checker warns about
   * anything else): a letter followed by combining marks becomes the precomposed letter.
   * Text below U+0300, where no character combines, is returned as it is, without the check.
   */
  private static String composed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text;
  }

  private void escape(String raw, boolean inAttribute) {
    String text = composed(raw);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(inAttribute ? "&quot;" : "\"");
        case '\'' -> out.append(inAttribute ? "&#39;" : "'");
        case '\r' -> {
          // CRLF and a lone CR are one line break, as the HTML parser would read them.
          if (i >= text.length() || text.charAt(i) != '\n') {
            out.append(inAttribute ? " " : "\n");
          }
        }
        default -> {
          if (allowed(cp)) {
            out.appendCodePoint(cp);
          } else {
            out.append('\uFFFD');
          }
        }
      }
    }
  }

  /** Whether both HTML (as text) and XML 1.0 accept {@code cp}. */
  private static boolean allowed(int cp) {
    if (cp == '\t' || cp == '\n') {
      return true;
    }
    if (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)) {
      return false;
    }
    if (cp >= 0xD800 && cp <= 0xDFFF) {
      return false; // a lone surrogate: codePointAt returned half a pair
    }
    if ((cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
      return false;
    }
    return true;
  }

  private static void requireName(String name) {
    if (name.isEmpty() || !name.chars().allMatch(c -> (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9'))) {
      throw new IllegalArgumentException("not an element name: " + name);
    }
  }

  private static void requireAttributeName(String name) {
    if (name.isEmpty() || !name.chars().allMatch(c -> (c >= 'a' && c <= 'z')
        || (c >= '0' && c <= '9') || c == '-' || c == ':')) {
      throw new IllegalArgumentException("not an attribute name: " + name);
    }
  }
}
