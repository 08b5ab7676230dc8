package dev.pamphlet.cli.pipeline;

import dev.pamphlet.cli.pipeline.WordStream.Run;
import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.epub.EpubExporter;
import dev.pamphlet.export.html.HtmlExporter;
import dev.pamphlet.export.pdf.PdfExporter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exports a publication in every format and lists each piece of text of the model that a file
 * does not show, in order (see {@link NothingLostTest} for the rule).
 */
final class NothingLost {
  private static final Pattern MISSING_GLYPH = Pattern.compile("U\\+([0-9A-F]{4,6})");

  private final Publication publication;
  private final SourceMap sourceMap;
  private final List<String> losses = new ArrayList<>();

  private NothingLost(Publication publication, SourceMap sourceMap) {
    this.publication = publication;
    this.sourceMap = sourceMap;
  }

  /**
   * The losses in HTML (each fragment; the booklet page too if {@code booklets}), EPUB (each
   * chapter) and PDF (each handout; the booklet too if {@code booklets}), one line each.
   * Articles must have unique ids.
   */
  static List<String> of(Publication publication, SourceMap sourceMap, boolean booklets)
      throws IOException {
    NothingLost check = new NothingLost(publication, sourceMap);
    check.html(booklets);
    check.epub();
    check.pdf(booklets);
    return check.losses;
  }

  /** The runs of {@code article} that {@code html} (its fragment or page) does not show. */
  static List<Run> missingFromHtml(Publication publication, Article article, String html) {
    return WordStream.missing(ReadingOrder.of(publication, article, figure -> true)
        .runs(cp -> false), WordStream.words(Rendered.html(html), cp -> false), false);
  }

  private Map<String, byte[]> export(Exporter exporter, List<Diagnostic> diagnostics)
      throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    ExportReport report = exporter.export(publication, sourceMap, out, ErrorPolicy.EXPORT_ANYWAY);
    diagnostics.addAll(report.diagnostics());
    return out.files();
  }

  private void html(boolean booklets) throws IOException {
    Map<String, byte[]> files = export(new HtmlExporter(), new ArrayList<>());
    for (Article article : publication.articles()) {
      String file = article.id() + HtmlExporter.FRAGMENT_SUFFIX;
      compare("html " + file, expected(article, figure -> true, cp -> false),
          Rendered.html(text(files.get(file))), cp -> false, false);
    }
    if (booklets) {
      String file = HtmlExporter.bookletFileName(publication);
      compare("html " + file, expectedAll(figure -> true, cp -> false),
          Rendered.html(text(files.get(file))), cp -> false, false);
    }
  }

  private void epub() throws IOException {
    Map<String, byte[]> files = export(new EpubExporter(), new ArrayList<>());
    List<Map.Entry<String, String>> chapters = Rendered.epubSpine(files.get("booklet.epub"))
        .entrySet().stream().filter(e -> e.getKey().startsWith("EPUB/chapters/")).toList();
    if (chapters.size() != publication.articles().size()) {
      losses.add("epub: " + chapters.size() + " chapters for " + publication.articles().size()
          + " articles");
      return;
    }
    for (int i = 0; i < chapters.size(); i++) {
      compare("epub " + chapters.get(i).getKey(),
          expected(publication.articles().get(i), figure -> true, cp -> false),
          Rendered.html(chapters.get(i).getValue()), cp -> false, false);
    }
  }

  private void pdf(boolean booklets) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, byte[]> files = export(new PdfExporter(), diagnostics);
    Set<Integer> noGlyph = new HashSet<>();
    for (Diagnostic diagnostic : diagnostics) {
      if (diagnostic.code().equals("pdf.missing-glyph")) {
        Matcher m = MISSING_GLYPH.matcher(diagnostic.message());
        if (m.find()) {
          noGlyph.add(Integer.parseInt(m.group(1), 16));
        }
      }
    }
    IntPredicate drawnAsReplacement = noGlyph::contains;
    for (Article article : publication.articles()) {
      String file = "handouts/" + article.id() + ".pdf";
      Rendered.Pdf pdf = Rendered.pdf(files.get(file));
      compare("pdf " + file, expected(article, altInText(pdf), drawnAsReplacement), pdf.text(),
          drawnAsReplacement, true);
    }
    if (booklets) {
      Rendered.Pdf pdf = Rendered.pdf(files.get("booklet.pdf"));
      compare("pdf booklet.pdf", expectedAll(altInText(pdf), drawnAsReplacement), pdf.text(),
          drawnAsReplacement, true);
    }
  }

  /**
   * A figure whose alt text is the next alternative text of the PDF's figure elements had its
   * image drawn: its alt text is there, not in the text. Any other figure's alt text must be
   * printed in its place (as the PDF does when it cannot show the image).
   */
  private static Predicate<Figure> altInText(Rendered.Pdf pdf) {
    Iterator<String> alts = pdf.figureAlts().iterator();
    String[] next = {alts.hasNext() ? alts.next() : null};
    return figure -> {
      if (!figure.alt().isBlank() && figure.alt().equals(next[0])) {
        next[0] = alts.hasNext() ? alts.next() : null;
        return false;
      }
      return true;
    };
  }

  private List<Run> expected(Article article, Predicate<Figure> altInText,
      IntPredicate invisible) {
    return ReadingOrder.of(publication, article, altInText).runs(invisible);
  }

  private List<Run> expectedAll(Predicate<Figure> altInText, IntPredicate invisible) {
    List<Run> all = new ArrayList<>();
    for (Article article : publication.articles()) {
      all.addAll(expected(article, altInText, invisible));
    }
    return all;
  }

  private void compare(String where, List<Run> expected, String rendered,
      IntPredicate invisible, boolean cutsAnywhere) {
    List<Run> words = WordStream.words(rendered, invisible);
    List<Run> missing = WordStream.missing(expected, words, cutsAnywhere);
    if (!missing.isEmpty()) {
      losses.add(where + ": " + missing.size() + " of " + expected.size() + " missing, first "
          + missing.subList(0, Math.min(8, missing.size())) + "\n  expected " + abbreviate(
          expected) + "\n  rendered " + abbreviate(words));
    }
  }

  private static String abbreviate(List<Run> runs) {
    String all = runs.toString();
    return all.length() <= 600 ? all : all.substring(0, 600) + "…";
  }

  private static String text(byte[] bytes) {
    if (bytes == null) {
      throw new AssertionError("file not written");
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
