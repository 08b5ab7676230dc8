package dev.pamphlet.export.pdf.layout;

/**
 * Where a piece of linked text goes: a URL outside the document or an anchor inside it.
 * Each link knows the words a screen reader says for it ({@code description}).
 */
public sealed interface LinkTarget {
  /** What assistive technology announces for the link (the PDF annotation's Contents). */
  String description();

  /**
   * A link to a web page, e-mail address or phone number.
   *
   * @param uri the URI, already checked against the allowed schemes
   */
  record External(String uri, String description) implements LinkTarget {}

  /**
   * A link to an anchor in the same PDF: {@code article}, {@code article#section} or a note.
   *
   * @param anchor the anchor key
   * @param reference which cross-reference this is, counted through the document (or -1 for
   *     links that never print a page number); the layout asks on which page it landed
   */
  record Internal(String anchor, String description, int reference) implements LinkTarget {}
}
