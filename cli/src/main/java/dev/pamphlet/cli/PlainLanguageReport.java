package dev.pamphlet.cli;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.readability.ArticleReadability;
import dev.pamphlet.core.readability.ManifestRules;
import dev.pamphlet.core.readability.PlainLanguageRules;
import dev.pamphlet.core.readability.ReadabilityAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The plain-language check of one run: the rules (defaults, then each source folder's
 * {@code booklet.yaml}, then {@code --max-grade}), every article's analysis, and the problems
 * found in the manifests' {@code plain-language} part.
 *
 * @param rules the rules applied
 * @param articles each article's analysis, in order
 * @param ruleProblems problems in the manifests' {@code plain-language} settings
 */
record PlainLanguageReport(PlainLanguageRules rules, List<ArticleReadability> articles,
    List<Diagnostic> ruleProblems) {
  static final String GRADE_HIGH = "plain.grade-high";
  private static final String MANIFEST = "booklet.yaml";

  PlainLanguageReport {
    articles = List.copyOf(articles);
    ruleProblems = List.copyOf(ruleProblems);
  }

  /**
   * Analyses {@code read}'s publication. With {@code gradeHighIsError}, an article above the
   * target grade is an error ({@code plain.grade-high}) instead of a warning.
   */
  static PlainLanguageReport analyze(List<Path> sources, ReadResult<Publication> read,
      Double maxGrade, boolean gradeHighIsError) throws IOException {
    PlainLanguageRules rules = PlainLanguageRules.DEFAULT;
    List<Diagnostic> problems = new ArrayList<>();
    for (Path manifest : manifests(sources)) {
      ReadResult<PlainLanguageRules> fromManifest =
          ManifestRules.read(manifest.toString(), Files.readString(manifest), rules);
      rules = fromManifest.value();
      problems.addAll(fromManifest.diagnostics());
    }
    if (maxGrade != null) {
      rules = rules.withTargetGrade(maxGrade);
    }
    SourceMap sourceMap = read.sourceMap();
    Publication publication = read.value();
    ReadabilityAnalyzer analyzer = ReadabilityAnalyzer.create(rules);
    // Articles are analysed on their own, so in parallel; an ordered stream keeps their order.
    List<ArticleReadability> articles = publication.articles().parallelStream()
        .map(article -> analyzer.analyze(article, publication.effectiveMetadata(article),
            sourceMap))
        .map(article -> gradeHighIsError ? gradeHighAsError(article) : article)
        .toList();
    return new PlainLanguageReport(rules, articles, problems);
  }

  /** Every finding of every article, and the problems with the rules. */
  List<Diagnostic> diagnostics() {
    List<Diagnostic> all = new ArrayList<>(ruleProblems);
    articles.forEach(article -> all.addAll(article.findings()));
    return all;
  }

  /** The findings {@code build} reports: the grade and the rules; the rest is for check. */
  List<Diagnostic> gradeDiagnostics() {
    List<Diagnostic> all = new ArrayList<>(ruleProblems);
    articles.forEach(article -> article.findings().stream()
        .filter(finding -> finding.code().equals(GRADE_HIGH)).forEach(all::add));
    return all;
  }

  /** The target grade as people write it: {@code 8}, or {@code 6.5}. */
  String targetGrade() {
    return grade(rules.targetGrade());
  }

  /** A grade to one decimal when it has a fraction, else whole: 8 → "8", 6.5 → "6.5". */
  static String grade(double grade) {
    return grade == Math.rint(grade) ? String.valueOf((long) grade)
        : String.format(Locale.ROOT, "%.1f", grade);
  }

  /** What an article the analysis could not score shows: {@code not scored (language de)}. */
  static String notScored(ArticleReadability article) {
    return "not scored (language "
        + (article.language().isEmpty() ? "unknown" : article.language()) + ")";
  }

  private static ArticleReadability gradeHighAsError(ArticleReadability article) {
    List<Diagnostic> findings = article.findings().stream()
        .map(finding -> finding.code().equals(GRADE_HIGH)
            ? new Diagnostic(finding.code(), Severity.ERROR, finding.message(),
                finding.position())
            : finding)
        .toList();
    return new ArticleReadability(article.articleId(), article.title(), article.language(),
        article.scores(), article.sections(), article.hardestSentences(),
        article.hardestWords(), findings);
  }

  /** The manifests of the sources: a folder's booklet.yaml, or a booklet.yaml named itself. */
  private static List<Path> manifests(List<Path> sources) {
    List<Path> manifests = new ArrayList<>();
    for (Path source : sources) {
      Path manifest = Files.isDirectory(source) ? source.resolve(MANIFEST) : source;
      if (Files.isRegularFile(manifest) && manifest.getFileName().toString().equals(MANIFEST)) {
        manifests.add(manifest);
      }
    }
    return manifests;
  }
}
