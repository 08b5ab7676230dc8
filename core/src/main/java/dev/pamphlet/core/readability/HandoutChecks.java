package dev.pamphlet.core.readability;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Section;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The handout checks a machine can make, after the checkable items of AHRQ's PEMAT-P:
 * a stated purpose, titled and short sections, short sentences, a grade at or below the
 * target, numbers written so patients read them right, a concrete action, plainer words.
 * (Alt text on every figure is the validator's {@code figure.alt-missing}.)
 */
final class HandoutChecks {
  private static final Pattern DECIMAL = Pattern.compile("(?<![\\d.])\\d+\\.\\d+(?![\\d.])");
  private static final Pattern FRACTION = Pattern.compile("(?<![\\d/])\\d+/\\d+(?![\\d/])|[½⅓⅔¼¾⅛]");
  private static final Pattern PERCENT =
      Pattern.compile("\\d+(?:\\.\\d+)?\\s?%|\\bper ?cent\\b", Pattern.CASE_INSENSITIVE);

  private final PlainLanguageRules rules;
  private final SourceMap sourceMap;
  private final String articleId;
  private final List<Diagnostic> findings = new ArrayList<>();

  HandoutChecks(PlainLanguageRules rules, SourceMap sourceMap, String articleId) {
    this.rules = rules;
    this.sourceMap = sourceMap;
    this.articleId = articleId;
  }

  List<Diagnostic> findings() {
    return findings;
  }

  private SourcePosition at(Object node) {
    return sourceMap.positionOf(node, articleId);
  }

  void purpose(Article article, Metadata metadata) {
    if (rules.requireSummary() && metadata.summary().isBlank()) {
      findings.add(Diagnostic.warning("plain.summary-missing", "article '" + articleId
          + "' has no summary: add a 'summary' to its front matter saying what the reader"
          + " will learn or do", at(article)));
    }
  }

  void sections(List<Block> blocks, List<Sentence> prose) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        if (section.titleText().isBlank()) {
          findings.add(Diagnostic.warning("plain.section-untitled",
              "section '" + section.id() + "' has no title: give it a heading that says"
                  + " what it is about", at(section)));
        }
        int words = 0;
        for (Sentence sentence : prose) {
          if (sentence.sectionId().equals(section.id())) {
            words += sentence.words().size();
          }
        }
        if (words > rules.maxSectionWords()) {
          findings.add(Diagnostic.warning("plain.section-long", "section '"
              + section.titleText() + "' has " + words + " words (limit "
              + rules.maxSectionWords() + "): split it into shorter sections", at(section)));
        }
        sections(section.blocks(), prose);
      }
    }
  }

  void sentences(List<Sentence> prose) {
    Set<String> reportedWords = new HashSet<>();
    for (Sentence sentence : prose) {
      int words = sentence.words().size();
      if (words > rules.maxSentenceWords()) {
        findings.add(Diagnostic.warning("plain.sentence-long", "sentence of " + words
            + " words (limit " + rules.maxSentenceWords() + "): \"" + excerpt(sentence.text())
            + "\" — split it in two", at(sentence.source())));
      }
      numbers(sentence);
      for (String word : sentence.words()) {
        String lower = word.toLowerCase(Locale.ROOT);
        String plainer = rules.plainerWords().get(lower);
        if (plainer != null && reportedWords.add(lower)) {
          findings.add(Diagnostic.info("plain.hard-word", "\"" + word + "\": try \"" + plainer
              + "\"", at(sentence.source())));
        }
      }
    }
  }

  private void numbers(Sentence sentence) {
    report(DECIMAL.matcher(sentence.text()), sentence,
        "a decimal number is easy to misread: write a whole number or words");
    report(FRACTION.matcher(sentence.text()), sentence,
        "a fraction is easy to misread: write it in words (\"half a tablet\")");
    report(PERCENT.matcher(sentence.text()), sentence,
        "a percentage is hard for many readers: write it as \"1 in 10 people\"");
  }

  private void report(Matcher matcher, Sentence sentence, String advice) {
    if (matcher.find()) {
      findings.add(Diagnostic.warning("plain.number-format", "\"" + matcher.group() + "\": "
          + advice, at(sentence.source())));
    }
  }

  void grade(Article article, ReadabilityScores scores) {
    if (scores.fleschKincaidGrade() > rules.targetGrade()) {
      findings.add(Diagnostic.warning("plain.grade-high", String.format(Locale.ROOT,
          "article '%s' reads at grade %.1f, above the target of %s: use shorter sentences"
              + " and everyday words", articleId, scores.fleschKincaidGrade(),
          formatGrade(rules.targetGrade())), at(article)));
    }
  }

  void action(Article article) {
    if (rules.requireAction() && !hasAction(article.blocks())) {
      findings.add(Diagnostic.warning("plain.no-action", "article '" + articleId
          + "' has no numbered steps or checklist: tell readers what to do", at(article)));
    }
  }

  private static boolean hasAction(List<Block> blocks) {
    for (Block block : blocks) {
      if (block instanceof OrderedList) {
        return true;
      }
      if (block instanceof BulletList list) {
        for (ListItem item : list.items()) {
          if (item.check() != CheckState.NONE || hasAction(item.blocks())) {
            return true;
          }
        }
      }
      if (block instanceof Section section && hasAction(section.blocks())) {
        return true;
      }
      if (block instanceof Callout callout && hasAction(callout.blocks())) {
        return true;
      }
      if (block instanceof BlockQuote quote && hasAction(quote.blocks())) {
        return true;
      }
    }
    return false;
  }

  static String formatGrade(double grade) {
    return grade == Math.rint(grade) ? Long.toString((long) grade)
        : String.format(Locale.ROOT, "%.1f", grade);
  }

  private static String excerpt(String text) {
    return text.length() <= 60 ? text : text.substring(0, 57) + "…";
  }
}
