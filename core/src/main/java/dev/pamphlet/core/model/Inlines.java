package dev.pamphlet.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Helpers over inline lists: canonical form and plain text.
 *
 * <p>Canonical form merges adjacent {@link Text} nodes and drops empty ones, so two inline
 * lists that read the same are {@code equal}.
 */
public final class Inlines {
  private Inlines() {}

  /**
   * Whether a code point shows nothing by itself: a control character, a format mark (soft
   * hyphen, zero-width space and joiners, direction marks) or a text/emoji variation selector.
   * Exporters draw none of them, and a label made only of them (and spaces) is no label.
   */
  public static boolean isInvisible(int codePoint) {
    return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.FORMAT
        || codePoint == 0xFE0E || codePoint == 0xFE0F;
  }

  /** Returns the canonical, unmodifiable form of {@code inlines}. Rejects null elements. */
  public static List<Inline> canonical(List<? extends Inline> inlines) {
    Checks.present(inlines, "inlines");
    // Keep identity when nothing changes (the common case): source maps key on node identity.
    if (isCanonical(inlines)) {
      return List.copyOf(inlines);
    }
    List<Inline> out = new ArrayList<>(inlines.size());
    StringBuilder pending = null;
    for (Inline inline : inlines) {
      Checks.present(inline, "inline");
      if (inline instanceof Text text) {
        if (text.value().isEmpty()) {
          continue;
        }
        if (pending == null) {
          pending = new StringBuilder();
        }
        pending.append(text.value());
      } else {
        if (pending != null) {
          out.add(new Text(pending.toString()));
          pending = null;
        }
        out.add(inline);
      }
    }
    if (pending != null) {
      out.add(new Text(pending.toString()));
    }
    return List.copyOf(out);
  }

  /** Whether no text is empty and no two texts are adjacent; rejects null elements. */
  private static boolean isCanonical(List<? extends Inline> inlines) {
    boolean afterText = false;
    for (Inline inline : inlines) {
      Checks.present(inline, "inline");
      if (inline instanceof Text text) {
        if (afterText || text.value().isEmpty()) {
          return false;
        }
        afterText = true;
      } else {
        afterText = false;
      }
    }
    return true;
  }

  /**
   * The visible text of {@code inlines}: markup dropped, line breaks as spaces, footnotes left
   * out (they are not part of the running text), cross-references by their label.
   */
  public static String plainText(List<? extends Inline> inlines) {
    StringBuilder out = new StringBuilder();
    PlainText visitor = new PlainText(out);
    for (Inline inline : inlines) {
      inline.accept(visitor);
    }
    return out.toString();
  }

  private record PlainText(StringBuilder out) implements InlineVisitor<Void> {
    @Override
    public Void visitText(Text text) {
      out.append(text.value());
      return null;
    }

    @Override
    public Void visitEmphasis(Emphasis emphasis) {
      emphasis.content().forEach(i -> i.accept(this));
      return null;
    }

    @Override
    public Void visitStrong(Strong strong) {
      strong.content().forEach(i -> i.accept(this));
      return null;
    }

    @Override
    public Void visitCode(Code code) {
      out.append(code.value());
      return null;
    }

    @Override
    public Void visitLink(Link link) {
      link.content().forEach(i -> i.accept(this));
      return null;
    }

    @Override
    public Void visitCrossRef(CrossRef crossRef) {
      crossRef.label().forEach(i -> i.accept(this));
      return null;
    }

    @Override
    public Void visitNote(Note note) {
      return null;
    }

    @Override
    public Void visitLineBreak(LineBreak lineBreak) {
      out.append(' ');
      return null;
    }
  }
}
