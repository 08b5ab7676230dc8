package dev.pamphlet.core.readability;

import dev.pamphlet.core.diagnostic.Diagnostic;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes readability results as JSON for other tools ({@code pamphlet check --format json}):
 * one object per article with its scores, counts, sections, hardest sentences and words, and
 * findings. Scores are absent for articles the analysis could not score.
 */
public final class ReadabilityJson {
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private ReadabilityJson() {}

  /** The report as pretty-printed JSON, ending with a newline. */
  public static String write(List<ArticleReadability> articles, PlainLanguageRules rules) {
    ObjectNode root = JSON.createObjectNode();
    root.put("targetGrade", rules.targetGrade());
    ArrayNode list = root.putArray("articles");
    for (ArticleReadability article : articles) {
      ObjectNode node = list.addObject();
      node.put("id", article.articleId());
      node.put("title", article.title());
      node.put("language", article.language());
      article.scores().ifPresent(s -> scores(node.putObject("scores"), s));
      ArrayNode sections = node.putArray("sections");
      for (SectionReadability section : article.sections()) {
        ObjectNode s = sections.addObject();
        s.put("id", section.sectionId());
        s.put("title", section.title());
        s.put("level", section.level());
        section.scores().ifPresent(scores -> scores(s.putObject("scores"), scores));
      }
      article.hardestSentences().forEach(node.putArray("hardestSentences")::add);
      article.hardestWords().forEach(node.putArray("hardestWords")::add);
      ArrayNode findings = node.putArray("findings");
      for (Diagnostic finding : article.findings()) {
        ObjectNode f = findings.addObject();
        f.put("code", finding.code());
        f.put("severity", finding.severity().label());
        f.put("message", finding.message());
        f.put("file", finding.position().file());
        f.put("line", finding.position().line());
        f.put("column", finding.position().column());
      }
    }
    return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
  }

  private static void scores(ObjectNode node, ReadabilityScores scores) {
    node.put("fleschKincaidGrade", round(scores.fleschKincaidGrade()));
    node.put("fleschReadingEase", round(scores.fleschReadingEase()));
    node.put("smogGrade", round(scores.smogGrade()));
    node.put("words", scores.words());
    node.put("sentences", scores.sentences());
    node.put("syllables", scores.syllables());
    node.put("polysyllables", scores.polysyllables());
  }

  private static double round(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
