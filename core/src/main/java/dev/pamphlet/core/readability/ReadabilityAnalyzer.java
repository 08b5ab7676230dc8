package dev.pamphlet.core.readability;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Plain-language analysis on the model: readability scores per article and per section,
 * computed on prose only (headings, alt text and code left out), and the handout checks a
 * machine can make, as diagnostics. English only so far; for any other language the analysis
 * says so instead of returning a wrong number. Immutable and thread-safe.
 *
 * <pre>{@code
 * ReadabilityAnalyzer analyzer = ReadabilityAnalyzer.create(PlainLanguageRules.DEFAULT);
 * for (ArticleReadability article : analyzer.analyze(publication, sourceMap)) {
 *   article.scores().ifPresent(s -> System.out.println(s.fleschKincaidGrade()));
 * }
 * }</pre>
 */
public final class ReadabilityAnalyzer {
  private static final int MIN_HARD_SENTENCE_WORDS = 5;

  private final PlainLanguageRules rules;
  private final SentenceSplitter splitter = SentenceSplitter.english();

  private ReadabilityAnalyzer(PlainLanguageRules rules) {
    this.rules = rules;
  }

  /** An analyzer applying {@code rules}. */
  public static ReadabilityAnalyzer create(PlainLanguageRules rules) {
    return new ReadabilityAnalyzer(rules);
  }

  /** The rules applied. */
  public PlainLanguageRules rules() {
    return rules;
  }

  /** Every article of {@code publication}, in order. */
  public List<ArticleReadability> analyze(Publication publication, SourceMap sourceMap) {
    List<ArticleReadability> out = new ArrayList<>();
    for (Article article : publication.articles()) {
      out.add(analyze(article, publication.effectiveMetadata(article), sourceMap));
    }
    return out;
  }

  /** One article, with its effective metadata (see {@link Publication#effectiveMetadata}). */
  public ArticleReadability analyze(Article article, Metadata metadata, SourceMap sourceMap) {
    HandoutChecks checks = new HandoutChecks(rules, sourceMap, article.id());
    String language = metadata.language();
    if (!isEnglish(language)) {
      checks.findings().add(Diagnostic.info("plain.language-unsupported",
          "the plain-language check knows only English; article '" + article.id()
              + "' is in '" + (language.isEmpty() ? "an unknown language" : language)
              + "', so it was not scored", sourceMap.positionOf(article, article.id())));
      return new ArticleReadability(article.id(), metadata.title(), language, Optional.empty(),
          List.of(), List.of(), List.of(), checks.findings());
    }
    List<Sentence> prose = ProseCollector.collect(article, splitter);
    Optional<ReadabilityScores> scores = score(prose);
    checks.purpose(article, metadata);
    checks.sections(article.blocks(), prose);
    checks.sentences(prose);
    scores.ifPresent(s -> checks.grade(article, s));
    checks.action(article);
    List<SectionReadability> sections = new ArrayList<>();
    sectionScores(article.blocks(), 1, prose, sections);
    return new ArticleReadability(article.id(), metadata.title(), language, scores, sections,
        hardestSentences(prose), hardestWords(prose), checks.findings());
  }

  private static void sectionScores(List<Block> blocks, int level, List<Sentence> prose,
      List<SectionReadability> out) {
    for (Block block : blocks) {
      if (block instanceof Section section) {
        List<Sentence> within = prose.stream().filter(s -> s.isWithin(section.id())).toList();
        out.add(new SectionReadability(section.id(), section.titleText(), level, score(within)));
        sectionScores(section.blocks(), level + 1, prose, out);
      }
    }
  }

  private static Optional<ReadabilityScores> score(List<Sentence> prose) {
    return prose.isEmpty() ? Optional.empty() : Optional.of(ReadabilityScores.of(prose));
  }

  static boolean isEnglish(String language) {
    String lower = language.toLowerCase(Locale.ROOT);
    return lower.equals("en") || lower.startsWith("en-");
  }

  /**
   * Hardest first by the sentence's own grade, then text for stability. Fragments shorter than
   * {@value #MIN_HARD_SENTENCE_WORDS} words (a table cell, "Dizziness") are left out: they are
   * not hard to read however long their one word.
   */
  private static List<String> hardestSentences(List<Sentence> prose) {
    return prose.stream()
        .filter(sentence -> sentence.words().size() >= MIN_HARD_SENTENCE_WORDS)
        .sorted(Comparator.comparingDouble(ReadabilityAnalyzer::sentenceGrade).reversed()
            .thenComparing(Sentence::text))
        .map(Sentence::text).distinct().limit(3).toList();
  }

  private static double sentenceGrade(Sentence sentence) {
    return ReadabilityScores.of(sentence.words().size(), 1, sentence.syllables(), 0)
        .fleschKincaidGrade();
  }

  private static List<String> hardestWords(List<Sentence> prose) {
    TreeSet<String> words = new TreeSet<>();
    for (Sentence sentence : prose) {
      for (String word : sentence.words()) {
        if (Syllables.count(word) >= 3) {
          words.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    return words.stream()
        .sorted(Comparator.comparingInt(Syllables::count).reversed()
            .thenComparing(Comparator.naturalOrder()))
        .limit(10).toList();
  }
}
