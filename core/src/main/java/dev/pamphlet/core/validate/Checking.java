package dev.pamphlet.core.validate;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.xref.Index;
import java.util.ArrayList;
import java.util.List;

/**
 * One validation in progress: what the rules look at (the publication, its index, its source
 * map) and where they put what they find. Confined to the validating thread.
 */
final class Checking {
  private final Publication publication;
  private final Index index;
  private final SourceMap sourceMap;
  private final List<Diagnostic> found = new ArrayList<>();

  Checking(Publication publication, SourceMap sourceMap) {
    this(publication, publication, sourceMap);
  }

  /**
   * A check of {@code publication} whose index covers only {@code walked}: the publication
   * without the articles too deeply nested to walk.
   */
  Checking(Publication publication, Publication walked, SourceMap sourceMap) {
    this.publication = publication;
    this.index = Index.of(walked);
    this.sourceMap = sourceMap;
  }

  Publication publication() {
    return publication;
  }

  Index index() {
    return index;
  }

  /** Where {@code node} of {@code article} was read from; else the article's file. */
  SourcePosition positionOf(Object node, Article article) {
    return sourceMap.positionOf(node, article.id());
  }

  /** Where a publication-level {@code node} was read from, if the source map knows. */
  SourcePosition positionOf(Object node) {
    return sourceMap.positionOf(node);
  }

  void report(Severity severity, String code, String message, SourcePosition position) {
    found.add(new Diagnostic(code, severity, message, position));
  }

  void error(String code, String message, Object node, Article article) {
    report(Severity.ERROR, code, message, positionOf(node, article));
  }

  void warning(String code, String message, Object node, Article article) {
    report(Severity.WARNING, code, message, positionOf(node, article));
  }

  List<Diagnostic> found() {
    return found;
  }
}
