package dev.pamphlet.export.pdf.layout;

/** Where the layout reports problems in the content (a glyph no font has, a missing image). */
@FunctionalInterface
public interface LayoutReporter {
  /**
   * Reports a problem.
   *
   * @param code the diagnostic code ({@code pdf.missing-glyph})
   * @param message what is wrong, in plain words
   * @param node the model node it was found in (for its source position)
   * @param articleId the article it is in
   */
  void report(String code, String message, Object node, String articleId);
}
