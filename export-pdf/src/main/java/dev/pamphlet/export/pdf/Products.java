package dev.pamphlet.export.pdf;

/** Which PDFs an export writes. */
public enum Products {
  /** One handout per article: {@code handouts/<article-id>.pdf}. */
  HANDOUTS,
  /** One booklet of the whole publication: {@code booklet.pdf}. */
  BOOKLET,
  /** Both. */
  BOTH;

  boolean handouts() {
    return this != BOOKLET;
  }

  boolean booklet() {
    return this != HANDOUTS;
  }
}
