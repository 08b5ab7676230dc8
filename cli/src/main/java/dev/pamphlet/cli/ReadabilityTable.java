package dev.pamphlet.cli;

import dev.pamphlet.core.readability.ArticleReadability;
import dev.pamphlet.core.readability.ReadabilityScores;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The per-article table of {@code pamphlet check}: Flesch–Kincaid grade, Flesch reading ease,
 * SMOG grade, words and plain-language findings, in aligned columns of plain text. An article
 * in a language the analysis does not know says so instead of showing numbers.
 */
final class ReadabilityTable {
  private static final List<String> HEADER =
      List.of("article", "grade", "ease", "SMOG", "words", "findings");

  private ReadabilityTable() {}

  /** Prints a title line naming the target grade, then the table. */
  static void print(PlainLanguageReport report, PrintWriter out) {
    out.println("plain language (target grade " + report.targetGrade() + "):");
    List<List<String>> rows = new ArrayList<>();
    rows.add(HEADER);
    for (ArticleReadability article : report.articles()) {
      rows.add(article.scores().map(scores -> row(article, scores))
          .orElseGet(() -> List.of(article.articleId(),
              PlainLanguageReport.notScored(article))));
    }
    int[] widths = new int[HEADER.size()];
    for (List<String> row : rows) {
      // A "not scored" row's note spans the number columns, so it does not widen them.
      if (row.size() == HEADER.size()) {
        for (int i = 0; i < row.size(); i++) {
          widths[i] = Math.max(widths[i], row.get(i).length());
        }
      } else {
        widths[0] = Math.max(widths[0], row.get(0).length());
      }
    }
    rows.forEach(row -> out.println(line(row, widths)));
  }

  private static List<String> row(ArticleReadability article, ReadabilityScores scores) {
    return List.of(article.articleId(), oneDecimal(scores.fleschKincaidGrade()),
        oneDecimal(scores.fleschReadingEase()), oneDecimal(scores.smogGrade()),
        String.valueOf(scores.words()), String.valueOf(article.findings().size()));
  }

  /** The id left-aligned, numbers right-aligned, two spaces between columns. */
  private static String line(List<String> row, int[] widths) {
    StringBuilder line = new StringBuilder(pad(row.get(0), widths[0], false));
    for (int i = 1; i < row.size(); i++) {
      line.append("  ").append(row.size() == widths.length ? pad(row.get(i), widths[i], true)
          : row.get(i));
    }
    return line.toString().stripTrailing();
  }

  private static String pad(String text, int width, boolean right) {
    String space = " ".repeat(Math.max(0, width - text.length()));
    return right ? space + text : text + space;
  }

  private static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
