package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import java.util.ArrayList;
import java.util.List;

/**
 * The state of reading one Markdown file: where things are, what went wrong, and which article
 * is being read. One per {@code read} call, so the reader itself stays immutable.
 */
final class ReadContext {
  private final SourceLines lines;
  private final List<Diagnostic> diagnostics = new ArrayList<>();
  private final SourceMap.Builder sourceMap = SourceMap.builder();
  private final Document document;
  private String articleId = "article";

  ReadContext(SourceLines lines, Document document) {
    this.lines = lines;
    this.document = document;
  }

  SourceLines lines() {
    return lines;
  }

  Document document() {
    return document;
  }

  String articleId() {
    return articleId;
  }

  void articleId(String id) {
    this.articleId = id;
  }

  /** Where {@code node} starts in the source. */
  SourcePosition at(Node node) {
    return lines.at(node.getStartOffset());
  }

  /** Records that {@code modelNode} was read from {@code node}; returns {@code modelNode}. */
  <T> T place(T modelNode, Node node) {
    sourceMap.put(modelNode, at(node));
    return modelNode;
  }

  void warn(String code, String message, Node node) {
    report(Diagnostic.warning(code, message, at(node)));
  }

  void error(String code, String message, Node node) {
    report(Diagnostic.error(code, message, at(node)));
  }

  void report(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }

  List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  SourceMap sourceMap() {
    sourceMap.article(articleId, lines.file());
    return sourceMap.build();
  }
}
