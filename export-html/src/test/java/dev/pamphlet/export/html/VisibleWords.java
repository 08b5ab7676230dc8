package dev.pamphlet.export.html;

import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words a browser would show for a piece of HTML, and in-order comparison of words. */
final class VisibleWords {
  private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
  private static final Pattern IMAGE_ALT =
      Pattern.compile("<img\\b[^>]*?\\balt=\"([^\"]*)\"[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern BLOCK_TAG = Pattern.compile("</?(p|li|ul|ol|td|th|tr|thead|tbody"
      + "|table|caption|figure|figcaption|h[1-6]|pre|blockquote|hr|br|div|section|aside"
      + "|article)\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern TAG = Pattern.compile("</?[A-Za-z][^>]*>|<![^>]*>|<\\?.*?\\?>",
      Pattern.DOTALL);

  private VisibleWords() {}

  /** The words of the visible text of {@code html}: tags stripped, entities decoded. */
  static List<String> of(String html) {
    String text = COMMENT.matcher(html).replaceAll(" ");
    text = IMAGE_ALT.matcher(text).replaceAll(m -> Matcher.quoteReplacement(" " + m.group(1)
        + " "));
    text = BLOCK_TAG.matcher(text).replaceAll(" ");
    text = TAG.matcher(text).replaceAll("");
    String plain = Escaping.unescapeHtml(text).strip();
    return plain.isEmpty() ? List.of() : Arrays.asList(plain.split("\\s+"));
  }

  /** The words of {@code expected} not found, in order, in {@code actual}. */
  static List<String> missing(List<String> expected, List<String> actual) {
    List<String> missing = new ArrayList<>();
    int at = 0;
    for (String word : expected) {
      int found = actual.subList(at, actual.size()).indexOf(word);
      if (found < 0) {
        missing.add(word);
      } else {
        at += found + 1;
      }
    }
    return missing;
  }
}
