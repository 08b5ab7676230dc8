package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * The text of flexmark character sequences, as the same strings flexmark's own
 * {@code toString()} and {@code unescape()} give, only cheaper: those copy character by
 * character and run a regular expression on every call, and the reader calls them for every
 * piece of text.
 */
final class SourceText {
  private SourceText() {}

  /** The same string as {@code chars.toString()}. */
  static String of(BasedSequence chars) {
    if (chars instanceof SubSequence && chars.getBase() instanceof String base) {
      String text = base.substring(chars.getStartOffset(), chars.getEndOffset());
      // flexmark reads NUL as U+FFFD, as CommonMark asks.
      return text.indexOf('\0') < 0 ? text : text.replace('\0', '\uFFFD');
    }
    return chars.toString();
  }

  /** The same string as {@code chars.unescape()}: backslash escapes and entities resolved. */
  static String unescaped(BasedSequence chars) {
    String text = of(chars);
    // flexmark looks for either character before it resolves anything; most text has neither.
    return text.indexOf('\\') < 0 && text.indexOf('&') < 0
        ? text : Escaping.unescapeString(text);
  }
}
