package dev.pamphlet.export.pdf.layout;

import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.xref.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The state one layout pass shares between its parts. Confined to one thread. */
final class LayoutContext {
  final LayoutSettings settings;
  final FontMetrics metrics;
  /** Set per article: right to left for an article in a right-to-left language. */
  LineBreaker breaker;
  final Index index;
  final Set<String> articlesInDocument;
  final PageMap pages;
  final LayoutReporter reporter;
  final ImageSource images;
  final List<OutlineEntry> outline = new ArrayList<>();
  /** The article title's heading level: sections are one below it (a booklet's are H3). */
  int headingOffset = 1;
  String articleId = "";
  /**
   * The innermost block being laid out: a problem in plain text is reported at its block,
   * because readers record where blocks, links and notes start, not every run of text.
   */
  Object block;
  final List<Note> notes = new ArrayList<>();
  private int references;

  LayoutContext(LayoutSettings settings, FontMetrics metrics, Index index,
      Set<String> articlesInDocument, PageMap pages, LayoutReporter reporter, ImageSource images) {
    this.settings = settings;
    this.metrics = metrics;
    this.breaker = new LineBreaker(metrics, settings.leading());
    this.index = index;
    this.articlesInDocument = Set.copyOf(articlesInDocument);
    this.pages = pages;
    this.reporter = reporter;
    this.images = images;
  }

  /** The next cross-reference number, counted through the whole document. */
  int nextReference() {
    return references++;
  }

  void headingOffset(int titleLevel) {
    this.headingOffset = titleLevel;
  }

  float base() {
    return settings.baseSize();
  }

  /** The size of captions, code and sources: a little smaller, except in large print. */
  float small() {
    return settings.largePrint() ? settings.baseSize() : settings.baseSize() * 0.9f;
  }

  /** The anchor of note {@code number} of the current article. */
  String noteAnchor(int number) {
    return articleId + "/note-" + number;
  }
}
