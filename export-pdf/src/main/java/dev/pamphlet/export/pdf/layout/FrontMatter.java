package dev.pamphlet.export.pdf.layout;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.xref.Target;
import java.util.List;
import java.util.OptionalInt;

/**
 * A booklet's title page and table of contents. Contents entries link to their articles and
 * give page numbers from the previous layout pass, right-aligned in a column whose width never
 * depends on the numbers, so the contents keep their length from pass to pass.
 */
final class FrontMatter {
  private final LayoutContext ctx;
  private final BlockLayout blocks;

  FrontMatter(LayoutContext ctx, BlockLayout blocks) {
    this.ctx = ctx;
    this.blocks = blocks;
  }

  void titlePage(Publication publication, StructureNode root) {
    Metadata meta = publication.metadata();
    List<Box> out = blocks.output();
    Frame frame = new Frame(0, ctx.settings.contentWidth(), List.of(), root, 0, 0);
    out.add(new Box(0, ctx.settings.contentHeight() * 0.2f, List.of()));
    String title = DocumentLayout.title(meta, "Booklet");
    blocks.heading(List.of(new Text(title)), 1, frame, root, "booklet");
    ctx.outline.add(new OutlineEntry(title, "booklet", 0));
    float gap = ctx.base();
    if (!meta.subtitle().isEmpty()) {
      blocks.text(List.of(new Text(meta.subtitle())), frame, root.add("P"), ctx.base() * 1.3f,
          false, gap);
    }
    if (!meta.summary().isEmpty()) {
      blocks.text(List.of(new Text(meta.summary())), frame, root.add("P"), ctx.base(), false,
          gap);
    }
    if (meta.organization().isPresent()) {
      blocks.text(List.of(new Text(meta.organization().name())), frame, root.add("P"),
          ctx.base() * 1.2f, true, gap * 2);
      if (!meta.organization().contact().isEmpty()) {
        blocks.text(List.of(new Text(meta.organization().contact())), frame, root.add("P"),
            ctx.base(), false, ctx.base() * 0.3f);
      }
    }
    meta.reviewed().ifPresent(date -> blocks.text(List.of(new Text("Reviewed " + date)), frame,
        root.add("P"), ctx.base(), false, gap));
  }

  void contents(Publication publication, StructureNode root) {
    List<Box> out = blocks.output();
    Frame frame = new Frame(0, ctx.settings.contentWidth(), List.of(), root, 0, 0);
    int first = out.size();
    blocks.heading(List.of(new Text("Contents")), 2, frame, root, "contents");
    out.get(first).breakBefore(true);
    ctx.outline.add(new OutlineEntry("Contents", "contents", 0));
    StructureNode toc = root.add("TOC");
    for (Article article : publication.articles()) {
      String title = ctx.index.article(article.id()).map(t -> t.numberedTitle())
          .filter(t -> !t.isBlank()).orElse(article.id());
      StructureNode item = toc.add("TOCI");
      entry(title, article.id(), item, frame, article, ctx.base() * 0.5f);
      List<Target> sections = ctx.index.sections(article.id()).stream()
          .filter(s -> s.level() == 1).toList();
      if (!sections.isEmpty()) {
        // The article's top-level sections, as a nested contents list.
        StructureNode nested = item.add("TOC");
        Frame indented = frame.inset(ctx.base() * 1.5f, 0, nested, List.of());
        for (Target section : sections) {
          entry(section.numberedTitle(), section.key(), nested.add("TOCI"), indented, article,
              ctx.base() * 0.15f);
        }
      }
    }
  }

  /** One contents entry: its title and page number, both linking to {@code anchor}. */
  private void entry(String title, String anchor, StructureNode item, Frame frame,
      Article article, float spaceBefore) {
    float numberColumn = ctx.metrics.width("0000", Face.REGULAR, ctx.base());
    OptionalInt page = ctx.pages.page(anchor);
    String number = page.isPresent() ? Integer.toString(page.getAsInt()) : "00";
    StructureNode link = item.add("Link");
    LinkTarget target = new LinkTarget.Internal(anchor,
        "\u201C" + title + "\u201D, page " + number, -1);
    Span text = new Span(InlineFlattener.displayable(ctx, title, Face.REGULAR, article),
        Face.REGULAR, ctx.base(), target, link);
    List<Line> lines = ctx.breaker.breakLines(List.of(text), frame.width() - numberColumn
        - ctx.base(), false);
    if (lines.isEmpty()) {
      return;
    }
    Box box = blocks.block(lines, frame, link, spaceBefore);
    Line numberLine = ctx.breaker.breakLines(List.of(new Span(number, Face.REGULAR,
        ctx.base(), target, link)), numberColumn, false).get(0);
    Line last = lines.get(lines.size() - 1);
    box.add(new Drawable.TextLine(frame.left() + frame.width() - numberLine.width(),
        box.height() - last.height() + last.baseline(), numberLine, link));
    blocks.output().add(box);
  }
}
