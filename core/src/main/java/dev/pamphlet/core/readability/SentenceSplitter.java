package dev.pamphlet.core.readability;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits English prose into sentences. A sentence ends at {@code .}, {@code !} or {@code ?}
 * followed by a space and a capital letter, digit or quote (or the end of the text), except
 * after an abbreviation ("Dr.", "e.g."), an initial ("J. Smith"), or inside a number ("2.5 mg",
 * which has no space after its point anyway). Immutable and thread-safe.
 */
public final class SentenceSplitter {
  /** Abbreviations that do not end a sentence, lowercase, without their final point. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "dr", "mr", "mrs", "ms", "prof", "st", "jr", "sr", "vs", "etc", "e.g", "i.e", "approx",
      "no", "fig", "dept", "mt", "a.m", "p.m", "ca", "cf", "ed", "vol", "inc", "ltd", "co", "u.s",
      "min", "max", "tel", "ext", "wk", "hr", "hrs", "mg", "ml", "mcg", "kg");

  private SentenceSplitter() {}

  /** The shared splitter. */
  public static SentenceSplitter english() {
    return new SentenceSplitter();
  }

  /** The sentences of {@code text}, trimmed, none empty. Text with no end mark is one sentence. */
  public List<String> split(String text) {
    List<String> sentences = new ArrayList<>();
    int start = 0;
    int length = text.length();
    for (int i = 0; i < length; i++) {
      char c = text.charAt(i);
      if (c != '.' && c != '!' && c != '?') {
        continue;
      }
      int end = i + 1;
      // Runs of marks and closing quotes or brackets belong to the sentence: "Really?!" he said.
      while (end < length && isClosing(text.charAt(end))) {
        end++;
      }
      if (end < length && !Character.isWhitespace(text.charAt(end))) {
        i = end - 1;
        continue;
      }
      if (c == '.' && isAbbreviation(text, start, i)) {
        continue;
      }
      int next = skipSpaces(text, end);
      if (next < length && !startsSentence(text.charAt(next))) {
        continue;
      }
      add(sentences, text.substring(start, end));
      start = end;
      i = end - 1;
    }
    add(sentences, text.substring(start));
    return sentences;
  }

  private static boolean isClosing(char c) {
    return c == '.' || c == '!' || c == '?' || c == '"' || c == '\'' || c == ')' || c == ']'
        || c == '\u201d' || c == '\u2019';
  }

  private static int skipSpaces(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean startsSentence(char c) {
    return Character.isUpperCase(c) || Character.isDigit(c) || c == '"' || c == '\u201c'
        || c == '(' || c == '\'' || c == '\u2018' || !Character.isLetter(c);
  }

  /** Whether the word ending at {@code point} (a '.') is an abbreviation or an initial. */
  private static boolean isAbbreviation(String text, int sentenceStart, int point) {
    int wordStart = point;
    while (wordStart > sentenceStart && !Character.isWhitespace(text.charAt(wordStart - 1))
        && text.charAt(wordStart - 1) != '(') {
      wordStart--;
    }
    String word = text.substring(wordStart, point).toLowerCase(Locale.ROOT);
    if (word.length() == 1 && Character.isLetter(word.charAt(0))) {
      return Character.isUpperCase(text.charAt(wordStart)); // an initial: "J. Smith"
    }
    return ABBREVIATIONS.contains(word);
  }

  private static void add(List<String> sentences, String sentence) {
    String trimmed = sentence.strip();
    if (!trimmed.isEmpty()) {
      sentences.add(trimmed);
    }
  }
}
