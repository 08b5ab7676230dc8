package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.regex.Pattern;

/**
 * The readable text of a piece of raw HTML: tags, comments and script or style bodies removed,
 * character references decoded. Nothing is escaped: the model holds text, exporters escape.
 */
final class HtmlText {
  private static final Pattern INVISIBLE = Pattern.compile(
      "<!--.*?(-->|$)|<!\\[CDATA\\[|]]>|<\\?.*?(\\?>|$)|<![A-Za-z].*?(>|$)"
          + "|<(?<raw>script|style)\\b.*?(</\\k<raw>\\s*>|$)",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  /** A start or end tag, or an unclosed one at the very end. */
  private static final Pattern TAG = Pattern.compile(
      "</?[A-Za-z][A-Za-z0-9-]*(\\s[^>]*)?/?>|</?[A-Za-z][A-Za-z0-9-]*\\s*$");

  private HtmlText() {}

  /**
   * The text of an inline piece of HTML (usually one tag, which has none): tags vanish without
   * a trace so that {@code a<b>c</b>} still reads "ac" around them.
   */
  static String ofInline(CharSequence html) {
    String visible = INVISIBLE.matcher(html).replaceAll("");
    return Escaping.unescapeHtml(TAG.matcher(visible).replaceAll(""));
  }

  /**
   * The text of an HTML block, whitespace runs collapsed and ends trimmed; tags separate words
   * ({@code <td>a</td><td>b</td>} reads "a b").
   */
  static String ofBlock(CharSequence html) {
    String visible = INVISIBLE.matcher(html).replaceAll(" ");
    String text = Escaping.unescapeHtml(TAG.matcher(visible).replaceAll(" "));
    return text.replaceAll("\\s+", " ").strip();
  }
}
