package dev.pamphlet.export.pdf;

/** Which PDFs an export writes. */
public enum Products {
  /** One handout per article: {@code handouts/<article-id>.pdf}. */
  HANDOUTS,
  /** One booklet of the whole publication: {@code booklet.pdf}. */
  BOOKLET,
  /** Both. */
  BOTH;

  /** Whether handouts are written. */
  public boolean handouts() {
    return this != BOOKLET;
  }

  /** Whether the booklet is written. */
  public boolean booklet() {
    return this != HANDOUTS;
  }
}
