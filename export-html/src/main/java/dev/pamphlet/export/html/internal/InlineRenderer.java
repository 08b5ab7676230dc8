package dev.pamphlet.export.html.internal;

import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Emphasis;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.InlineVisitor;
import dev.pamphlet.core.model.LineBreak;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Strong;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.xref.Target;
import dev.pamphlet.export.html.HtmlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes inline content. Links never nest (HTML forbids it): a link or reference inside a link
 * becomes its text, and a footnote inside a link gets its reference right after the link.
 * Internal: not part of the API.
 */
final class InlineRenderer implements InlineVisitor<Void> {
  private final RenderScope scope;
  private final HtmlWriter out;
  private boolean inLink;
  private final List<Note> deferredNotes = new ArrayList<>();

  InlineRenderer(RenderScope scope) {
    this.scope = scope;
    this.out = scope.out;
  }

  void render(List<Inline> inlines) {
    for (Inline inline : inlines) {
      inline.accept(this);
    }
  }

  @Override
  public Void visitText(Text text) {
    out.text(text.value());
    return null;
  }

  @Override
  public Void visitEmphasis(Emphasis emphasis) {
    out.start("em");
    render(emphasis.content());
    out.end("em");
    return null;
  }

  @Override
  public Void visitStrong(Strong strong) {
    out.start("strong");
    render(strong.content());
    out.end("strong");
    return null;
  }

  @Override
  public Void visitCode(Code code) {
    out.start("code").text(code.value()).end("code");
    return null;
  }

  @Override
  public Void visitLink(Link link) {
    Optional<String> url = scope.linkUrl(link.url(), link);
    if (inLink || url.isEmpty()) {
      render(link.content());
      return null;
    }
    out.start("a").attribute("href", url.get()).attributeIfPresent("title", link.title());
    if (scope.settings.externalLinksNewTab() && SafeUrls.isExternal(url.get())) {
      out.attribute("target", "_blank").attribute("rel", "noopener noreferrer");
    }
    linkContent(link.content());
    out.end("a");
    flushDeferredNotes();
    return null;
  }

  @Override
  public Void visitCrossRef(CrossRef crossRef) {
    String label = scope.context.index().label(crossRef);
    Optional<Target> target = scope.context.index().resolve(crossRef);
    Optional<String> url = target.flatMap(this::urlOf);
    if (inLink || url.isEmpty()) {
      out.start("span").attribute("class", scope.settings.css(target.isEmpty()
          ? "xref-dangling" : "xref")).text(label).end("span");
      return null;
    }
    out.start("a").attribute("class", scope.settings.css("xref")).attribute("href", url.get())
        .text(label).end("a");
    return null;
  }

  private Optional<String> urlOf(Target target) {
    if (scope.settings.booklet() || target.article().equals(scope.article.id())) {
      return Optional.of(Anchors.href(scope.anchors.of(target)));
    }
    return scope.safeUrl(scope.settings.linkResolver().url(target), target);
  }

  @Override
  public Void visitNote(Note note) {
    if (inLink) {
      deferredNotes.add(note);
    } else {
      writeNoteReference(note);
    }
    return null;
  }

  @Override
  public Void visitLineBreak(LineBreak lineBreak) {
    out.empty("br");
    return null;
  }

  private void linkContent(List<Inline> content) {
    inLink = true;
    try {
      render(content);
    } finally {
      inLink = false;
    }
  }

  private void flushDeferredNotes() {
    List<Note> pending = List.copyOf(deferredNotes);
    deferredNotes.clear();
    pending.forEach(this::writeNoteReference);
  }

  private void writeNoteReference(Note note) {
    int number = scope.addNote(note);
    String articleId = scope.article.id();
    out.start("sup").attribute("class", scope.settings.css("noteref"));
    out.start("a").attribute("href", Anchors.href(scope.anchors.note(articleId, number)))
        .attribute("id", scope.anchors.noteReference(articleId, number))
        .attribute("role", "doc-noteref");
    if (scope.settings.epubTypes()) {
      out.attribute("epub:type", "noteref");
    }
    out.text(Integer.toString(number)).end("a").end("sup");
  }
}
