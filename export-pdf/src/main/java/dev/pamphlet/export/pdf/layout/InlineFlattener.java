package dev.pamphlet.export.pdf.layout;

import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.InlineVisitor;
import dev.pamphlet.core.model.Inlines;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.validate.UrlPolicy;
import dev.pamphlet.core.xref.Target;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns inline content into styled {@link Span}s: faces from emphasis (bold instead of italic in
 * large print), links with their own Link elements, cross-references worded through the index
 * with "(page N)" when the target is on another page, note markers, and characters no font has
 * replaced by U+FFFD and reported.
 */
final class InlineFlattener implements InlineVisitor<Void> {
  private static final List<String> SAFE_SCHEMES = List.of("http:", "https:", "mailto:", "tel:");

  private final LayoutContext ctx;
  private final StructureNode parent;
  private final float size;
  private final List<Span> out = new ArrayList<>();
  private boolean bold;
  private boolean italic;
  private boolean mono;
  private LinkTarget link;
  private StructureNode linkTag;

  private InlineFlattener(LayoutContext ctx, StructureNode parent, float size, boolean bold) {
    this.ctx = ctx;
    this.parent = parent;
    this.size = size;
    this.bold = bold;
  }

  /** The spans of {@code inlines}, whose Link elements become children of {@code parent}. */
  static List<Span> flatten(LayoutContext ctx, List<Inline> inlines, StructureNode parent,
      float size, boolean bold) {
    InlineFlattener flattener = new InlineFlattener(ctx, parent, size, bold);
    inlines.forEach(i -> i.accept(flattener));
    return flattener.out;
  }

  /** A single span of plain text, checked for glyphs, with no links. */
  static Span plain(LayoutContext ctx, String text, Face face, float size, Object node) {
    return Span.of(displayable(ctx, text, face, node), face, size);
  }

  private Face face() {
    return Face.of(bold, italic, mono);
  }

  private void text(String value, Object node) {
    Face face = face();
    out.add(new Span(displayable(ctx, value, face, node), face, size, link, linkTag));
  }

  /**
   * The text with tabs as spaces, control and invisible characters dropped, missing glyphs
   * replaced and reported, and letters with combining marks composed (NFC) where Unicode has
   * a precomposed letter, which every font draws better than a mark placed over a letter.
   */
  static String displayable(LayoutContext ctx, String value, Face face, Object node) {
    StringBuilder text = new StringBuilder(value.length());
    composed(value).codePoints().forEach(cp -> {
      if (cp == '\t') {
        text.append("    ");
      } else if (cp == '\n' || cp == '\r') {
        text.append(' ');
      } else if (Inlines.isInvisible(cp)) {
        return; // invisible (soft hyphen, joiners, variation selectors): nothing to draw
      } else if (ctx.metrics.canDisplay(cp, face)) {
        text.appendCodePoint(cp);
      } else {
        Object where = node instanceof Text && ctx.block != null ? ctx.block : node;
        ctx.reporter.report("pdf.missing-glyph", String.format(Locale.ROOT,
            "no font has a glyph for U+%04X ('%s'); it is shown as \uFFFD", cp,
            new String(Character.toChars(cp))), where, ctx.articleId);
        text.append(ctx.metrics.canDisplay(0xFFFD, face) ? '\uFFFD' : '?');
      }
    });
    return text.toString();
  }

  /** The text in NFC; text below U+0300, where nothing combines, is not even checked. */
  private static String composed(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= '\u0300') {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
      }
    }
    return text;
  }

  @Override
  public Void visitText(Text text) {
    text(text.value(), text);
    return null;
  }

  @Override
  public Void visitEmphasis(Emphasis emphasis) {
    boolean wasBold = bold;
    boolean wasItalic = italic;
    if (ctx.settings.largePrint()) {
      bold = true; // large-print guidance: no italics
    } else {
      italic = !italic;
    }
    emphasis.content().forEach(i -> i.accept(this));
    bold = wasBold;
    italic = wasItalic;
    return null;
  }

  @Override
  public Void visitStrong(Strong strong) {
    boolean was = bold;
    bold = true;
    strong.content().forEach(i -> i.accept(this));
    bold = was;
    return null;
  }

  @Override
  public Void visitCode(Code code) {
    boolean was = mono;
    mono = true;
    text(code.value(), code);
    mono = was;
    return null;
  }

  @Override
  public Void visitLink(Link linkNode) {
    String url = linkNode.url().strip();
    String shown = linkNode.content().isEmpty() ? url : Inlines.plainText(linkNode.content());
    // Absolute links only (a PDF has no site to resolve relative ones against), and none that
    // no viewer could open (the validator reports both kinds).
    boolean safe = SAFE_SCHEMES.stream()
        .anyMatch(s -> url.toLowerCase(Locale.ROOT).startsWith(s))
        && UrlPolicy.malformation(url).isEmpty();
    if (link != null || !safe) {
      inline(linkNode.content().isEmpty() ? List.of(new Text(url)) : linkNode.content());
      return null;
    }
    String description = linkNode.title().isEmpty() ? shown + " (" + url + ")"
        : linkNode.title();
    link = new LinkTarget.External(url, description);
    linkTag = parent.add("Link");
    if (linkNode.content().isEmpty()) {
      text(url, linkNode);
    } else {
      inline(linkNode.content());
      if (ctx.settings.printUrls() && !shown.equals(url)) {
        text(" (" + url.replaceFirst("^mailto:", "") + ")", linkNode);
      }
    }
    link = null;
    linkTag = null;
    return null;
  }

  private void inline(List<Inline> inlines) {
    inlines.forEach(i -> i.accept(this));
  }

  @Override
  public Void visitCrossRef(CrossRef ref) {
    Optional<Target> target = ctx.index.resolve(ref);
    // The index puts the target's title in place of a label that shows nothing: a link needs
    // text to click, and only drawn text tells the layout on which page the reference landed.
    String label = ctx.index.label(ref);
    String anchor = target.map(Target::key).orElse("");
    if (target.isEmpty() || link != null || !ctx.articlesInDocument.contains(ref.article())) {
      text(label, ref);
      target.filter(t -> !ctx.articlesInDocument.contains(t.article()))
          .flatMap(t -> ctx.index.article(t.article()))
          .filter(article -> !article.title().equals(label))
          .ifPresent(article -> text(" (in \u201C" + article.title() + "\u201D)", ref));
      return null;
    }
    int number = ctx.nextReference();
    OptionalInt targetPage = ctx.pages.page(anchor);
    OptionalInt ownPage = ctx.pages.referencePage(number);
    String where = "";
    if (targetPage.isEmpty() || ownPage.isEmpty()) {
      where = " (page 00)"; // first pass: reserve about the room a page number takes
    } else if (targetPage.getAsInt() != ownPage.getAsInt()) {
      where = " (page " + targetPage.getAsInt() + ")";
    }
    // Screen readers hear where the link goes, whatever its visible label says.
    String description = "Go to \u201C" + target.get().numberedTitle() + "\u201D"
        + (where.isEmpty() ? "" : ", " + where.strip().replaceAll("[()]", ""));
    link = new LinkTarget.Internal(anchor, description, number);
    linkTag = parent.add("Link");
    text(label, ref);
    if (!where.isEmpty()) {
      text(where, ref);
    }
    link = null;
    linkTag = null;
    return null;
  }

  @Override
  public Void visitNote(Note note) {
    ctx.notes.add(note);
    int number = ctx.notes.size();
    LinkTarget previous = link;
    StructureNode previousTag = linkTag;
    if (link == null) {
      link = new LinkTarget.Internal(ctx.noteAnchor(number), "Note " + number, -1);
      linkTag = parent.add("Link");
    }
    text("[" + number + "]", note);
    link = previous;
    linkTag = previousTag;
    return null;
  }

  @Override
  public Void visitLineBreak(LineBreak lineBreak) {
    out.add(new Span("\n", face(), size, null, null));
    return null;
  }
}
