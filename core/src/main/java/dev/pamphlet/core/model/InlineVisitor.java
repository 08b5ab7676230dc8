package dev.pamphlet.core.model;

/**
 * One method per {@link Inline} type.
 *
 * @param <R> what each visit returns ({@link Void} when nothing)
 */
public interface InlineVisitor<R> {
  R visitText(Text text);

  R visitEmphasis(Emphasis emphasis);

  R visitStrong(Strong strong);

  R visitCode(Code code);

  R visitLink(Link link);

  R visitCrossRef(CrossRef crossRef);

  R visitNote(Note note);

  R visitLineBreak(LineBreak lineBreak);
}
