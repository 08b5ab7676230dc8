package dev.pamphlet.export.html.internal;

import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.BlockVisitor;
import dev.pamphlet.core.model.BulletList;
import dev.pamphlet.core.model.Callout;
import dev.pamphlet.core.model.CheckState;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.ListItem;
import dev.pamphlet.core.model.OrderedList;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Table;
import dev.pamphlet.core.model.TableCell;
import dev.pamphlet.core.model.TableRow;
import dev.pamphlet.core.model.ThematicBreak;
import dev.pamphlet.core.xref.Target;
import dev.pamphlet.export.html.HtmlWriter;
import java.util.List;
import java.util.Optional;

/** Writes blocks; sections nest one heading level per depth. Internal: not part of the API. */
final class BlockRenderer implements BlockVisitor<Void> {
  private final RenderScope scope;
  private final HtmlWriter out;
  private final InlineRenderer inlines;
  /** The heading level of the enclosing section's title (the article title's at first). */
  private int level;

  /** Whether the article's language is written right to left ({@code dir="rtl"}). */
  private final boolean rightToLeftArticle;

  BlockRenderer(RenderScope scope, InlineRenderer inlines, int level) {
    this.scope = scope;
    this.out = scope.out;
    this.inlines = inlines;
    this.level = level;
    this.rightToLeftArticle = TextDirection.rightToLeft(
        scope.context.publication().effectiveMetadata(scope.article).language());
  }

  void render(List<Block> blocks) {
    for (Block block : blocks) {
      block.accept(this);
    }
  }

  @Override
  public Void visitSection(Section section) {
    String articleId = scope.article.id();
    String number = scope.context.index().find(articleId, section.id()).map(Target::number)
        .orElse("");
    // An untitled section (the validator reports it) gets no empty heading, which would be
    // announced as nothing; its subsections take the level its heading would have had, so no
    // heading level is skipped (found by fuzzing: the Nu checker rejects an h1 then an h3).
    boolean titled = !number.isEmpty() || !section.titleText().isBlank();
    int outer = level;
    level = titled ? level + 1 : level;
    String element = titled ? RenderScope.sectionElement(level) : "div";
    out.start(element).attribute("id", scope.anchors.section(articleId, section.id()))
        .attribute("class", css("section")).newline();
    if (titled) {
      String heading = scope.startHeading(level);
      autoDirection(section.title());
      if (!number.isEmpty()) {
        out.start("span").attribute("class", css("number")).text(number).end("span")
            .text(" ");
      }
      inlines.render(section.title());
      out.end(heading).newline();
    }
    render(section.blocks());
    level = outer;
    out.end(element).newline();
    return null;
  }

  @Override
  public Void visitParagraph(Paragraph paragraph) {
    out.start("p");
    autoDirection(paragraph.content());
    inlines.render(paragraph.content());
    out.end("p").newline();
    return null;
  }

  @Override
  public Void visitBulletList(BulletList list) {
    out.start("ul");
    if (list.items().stream().anyMatch(item -> item.check() != CheckState.NONE)) {
      out.attribute("class", css("checklist"));
    }
    items(list.items());
    out.end("ul").newline();
    return null;
  }

  @Override
  public Void visitOrderedList(OrderedList list) {
    out.start("ol");
    if (list.start() != 1) {
      out.attribute("start", Integer.toString(list.start()));
    }
    items(list.items());
    out.end("ol").newline();
    return null;
  }

  /**
   * {@code dir="auto"} on the element just started when its text has right-to-left letters,
   * unless the whole article is right to left: its blocks then take the article's direction.
   */
  private void autoDirection(List<Inline> content) {
    if (!rightToLeftArticle && TextDirection.hasRightToLeft(content)) {
      out.attribute("dir", "auto");
    }
  }

  private void items(List<ListItem> items) {
    out.newline();
    for (ListItem item : items) {
      out.start("li");
      Paragraph tight = item.blocks().size() == 1
          && item.blocks().get(0) instanceof Paragraph paragraph ? paragraph : null;
      boolean done = item.check() == CheckState.CHECKED;
      if (item.check() != CheckState.NONE) {
        out.attribute("class", css(done ? "task-done" : "task"));
      }
      if (tight != null) {
        autoDirection(tight.content()); // in the start tag, so before any check mark
      }
      if (item.check() != CheckState.NONE) {
        // A symbol, not a form control: it prints, works in every e-reader, and reads as
        // "done" or "not done" through its label.
        out.start("span").attribute("class", css("check")).attribute("role", "img")
            .attribute("aria-label", done ? "done" : "not done").text(done ? "☑" : "☐")
            .end("span").text(" ");
      }
      if (tight != null) {
        inlines.render(tight.content()); // a tight item: no <p> around its one line
      } else {
        if (!item.blocks().isEmpty()) {
          out.newline();
        }
        render(item.blocks());
      }
      out.end("li").newline();
    }
  }

  @Override
  public Void visitCallout(Callout callout) {
    out.start("aside").attribute("class", css("callout") + " " + css("callout-")
        + callout.kind().id()).attribute("role", "note").newline();
    out.start("p").attribute("class", css("callout-title")).start("strong")
        .text(callout.displayTitle()).end("strong").end("p").newline();
    render(callout.blocks());
    out.end("aside").newline();
    return null;
  }

  @Override
  public Void visitBlockQuote(BlockQuote quote) {
    out.start("blockquote").newline();
    render(quote.blocks());
    out.end("blockquote").newline();
    return null;
  }

  @Override
  public Void visitFigure(Figure figure) {
    out.start("figure").attribute("class", css("figure")).newline();
    String url = scope.settings.figureSource().apply(figure);
    Optional<String> source = url.isBlank() ? Optional.empty() : scope.safeUrl(url, figure);
    if (source.isPresent()) {
      out.empty("img").attribute("src", source.get()).attribute("alt", figure.alt()).newline();
    } else {
      // No picture can be shown: its text alternative stands in, so nothing is lost.
      out.start("p").attribute("class", css("missing-image")).text(figure.alt()).end("p")
          .newline();
    }
    if (!figure.caption().isEmpty()) {
      out.start("figcaption");
      inlines.render(figure.caption());
      out.end("figcaption").newline();
    }
    out.end("figure").newline();
    return null;
  }

  @Override
  public Void visitTable(Table table) {
    int columns = table.columnCount();
    if (columns == 0) {
      if (!table.caption().isEmpty()) {
        visitParagraph(new Paragraph(table.caption()));
      }
      return null;
    }
    out.start("table").attribute("class", css("table")).newline();
    if (!table.caption().isEmpty()) {
      out.start("caption");
      inlines.render(table.caption());
      out.end("caption").newline();
    }
    if (!table.header().isEmpty()) {
      out.start("thead").newline();
      rows(table.header(), columns, true);
      out.end("thead").newline();
    }
    if (!table.body().isEmpty()) {
      out.start("tbody").newline();
      rows(table.body(), columns, false);
      out.end("tbody").newline();
    }
    out.end("table").newline();
    return null;
  }

  private void rows(List<TableRow> rows, int columns, boolean header) {
    for (TableRow row : rows) {
      out.start("tr");
      for (int i = 0; i < columns; i++) {
        // Short rows are padded: a ragged table confuses screen readers' cell navigation.
        List<TableCell> cells = row.cells();
        if (header) {
          out.start("th").attribute("scope", "col");
        } else {
          out.start("td");
        }
        if (i < cells.size()) {
          autoDirection(cells.get(i).content());
          inlines.render(cells.get(i).content());
        }
        out.end(header ? "th" : "td");
      }
      out.end("tr").newline();
    }
  }

  @Override
  public Void visitCodeBlock(CodeBlock code) {
    out.start("pre").attribute("class", css("code")).start("code");
    String language = code.language().replaceAll("[^A-Za-z0-9_+#.-]", "");
    if (!language.isEmpty()) {
      out.attribute("class", "language-" + language);
    }
    out.text(code.code()).end("code").end("pre").newline();
    return null;
  }

  @Override
  public Void visitThematicBreak(ThematicBreak thematicBreak) {
    out.empty("hr").newline();
    return null;
  }

  private String css(String name) {
    return scope.settings.css(name);
  }
}
