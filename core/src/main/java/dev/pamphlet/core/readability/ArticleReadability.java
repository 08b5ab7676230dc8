package dev.pamphlet.core.readability;

import dev.pamphlet.core.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;

/**
 * The plain-language analysis of one article.
 *
 * @param articleId the article's id
 * @param title its title
 * @param language the language analysed (its effective BCP 47 tag)
 * @param scores the scores; empty when the language is not one the analysis knows (only
 *     English so far) or there is no prose
 * @param sections each section's scores, in document order
 * @param hardestSentences up to three sentences that are hardest to read, hardest first
 * @param hardestWords up to ten distinct words of three syllables or more, longest first
 * @param findings the handout checks that failed, as diagnostics with their positions
 */
public record ArticleReadability(String articleId, String title, String language,
    Optional<ReadabilityScores> scores, List<SectionReadability> sections,
    List<String> hardestSentences, List<String> hardestWords, List<Diagnostic> findings) {
  public ArticleReadability {
    sections = List.copyOf(sections);
    hardestSentences = List.copyOf(hardestSentences);
    hardestWords = List.copyOf(hardestWords);
    findings = findings.stream().sorted().toList();
  }

  /** Whether the analysis knew the language and scored the article. */
  public boolean isScored() {
    return scores.isPresent();
  }
}
