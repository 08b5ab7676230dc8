package dev.pamphlet.export.pdf.layout;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Citation;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.xref.Index;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The front door of the layout engine: lays out a handout (one article) or a booklet (title
 * page, contents, every article on a new page), re-running the layout until page numbers in
 * cross-references and the contents stop moving. Pure Java: fonts and images come in through
 * {@link FontMetrics} and {@link ImageSource}. Immutable and thread-safe.
 *
 * <pre>{@code
 * DocumentLayout layout = new DocumentLayout(settings, metrics, reporter, images);
 * LaidOutDocument handout = layout.handout(publication, Index.of(publication), article);
 * }</pre>
 */
public final class DocumentLayout {
  private static final int MAX_PASSES = 5;

  private final LayoutSettings settings;
  private final FontMetrics metrics;
  private final LayoutReporter reporter;
  private final ImageSource images;

  public DocumentLayout(LayoutSettings settings, FontMetrics metrics, LayoutReporter reporter,
      ImageSource images) {
    this.settings = settings;
    this.metrics = metrics;
    this.reporter = reporter;
    this.images = images;
  }

  /** Lays out one article as a handout. */
  public LaidOutDocument handout(Publication publication, Index index, Article article) {
    return settle(Set.of(article.id()), index, false, (ctx, out, owners) -> {
      StructureNode root = StructureNode.root("Document");
      articleBody(publication, article, ctx, out, owners, root, 1);
      return root;
    });
  }

  /** Lays out the whole publication as a booklet. */
  public LaidOutDocument booklet(Publication publication, Index index) {
    Set<String> ids = publication.articles().stream().map(Article::id)
        .collect(Collectors.toSet());
    return settle(ids, index, true, (ctx, out, owners) -> {
      StructureNode root = StructureNode.root("Document");
      FrontMatter front = new FrontMatter(ctx, new BlockLayout(ctx, out));
      front.titlePage(publication, root);
      // The title page is a cover: no running header or footer.
      furnish(out, 0, owners, LaidOutDocument.PageFurniture.NONE);
      front.contents(publication, root);
      furnish(out, 0, owners, furniture(publication.metadata(), title(publication.metadata(),
          "Booklet")));
      for (Article article : publication.articles()) {
        int first = out.size();
        StructureNode sect = root.add("Sect");
        articleBody(publication, article, ctx, out, owners, sect, 2);
        if (out.size() > first) {
          out.get(first).breakBefore(true);
        }
      }
      return root;
    });
  }

  private interface Body {
    StructureNode lay(LayoutContext ctx, List<Box> out, Map<Box, LaidOutDocument.PageFurniture>
        owners);
  }

  /** Lays out until the page map is stable, then passes on the last pass's reports. */
  private LaidOutDocument settle(Set<String> articles, Index index, boolean contents,
      Body body) {
    PageMap pages = PageMap.UNKNOWN;
    LaidOutDocument document = null;
    List<Runnable> reports = new ArrayList<>();
    for (int pass = 0; pass < MAX_PASSES; pass++) {
      document = null; // only its page map carries over: two layouts never share the heap
      List<Runnable> passReports = new ArrayList<>();
      LayoutReporter buffered = (code, message, node, article) ->
          passReports.add(() -> reporter.report(code, message, node, article));
      LayoutContext ctx = new LayoutContext(settings, metrics, index, articles, pages, buffered,
          images);
      List<Box> out = new ArrayList<>();
      Map<Box, LaidOutDocument.PageFurniture> owners = new IdentityHashMap<>();
      StructureNode root = body.lay(ctx, out, owners);
      List<Page> paginated = new Paginator(settings.contentHeight()).paginate(out);
      document = new LaidOutDocument(paginated, root, ctx.outline, furnitureOf(paginated,
          owners));
      reports = passReports;
      PageMap next = document.pageMap();
      boolean needsPages = contents || ctx.nextReference() > 0;
      if (!needsPages || next.equals(pages)) {
        break;
      }
      pages = next;
    }
    reports.forEach(Runnable::run);
    return document;
  }

  private void articleBody(Publication publication, Article article, LayoutContext ctx,
      List<Box> out, Map<Box, LaidOutDocument.PageFurniture> owners, StructureNode parent,
      int titleLevel) {
    int first = out.size();
    ctx.articleId = article.id();
    ctx.notes.clear();
    Metadata meta = publication.effectiveMetadata(article);
    LineBreaker outer = ctx.breaker;
    ctx.breaker = outer.rightToLeft(BidiLine.rightToLeftLanguage(meta.language()));
    BlockLayout blocks = new BlockLayout(ctx, out);
    Frame frame = new Frame(0, settings.contentWidth(), List.of(), parent, 0, 0);
    String title = title(meta, article.id());
    String number = ctx.index.article(article.id()).map(t -> t.number()).orElse("");
    String shown = number.isEmpty() ? title : number + " " + title;
    blocks.heading(List.of(new Text(shown)), titleLevel, frame, parent, article.id());
    ctx.outline.add(new OutlineEntry(shown, article.id(), 0));
    if (!meta.subtitle().isEmpty()) {
      blocks.text(List.of(new Text(meta.subtitle())), frame, parent.add("P"),
          ctx.base() * 1.2f, false, ctx.base() * 0.3f);
    }
    if (!meta.summary().isEmpty()) {
      blocks.text(List.of(new Text(meta.summary())), frame, parent.add("P"), ctx.base(), true,
          blocks.paragraphGap());
    }
    ctx.headingOffset(titleLevel);
    blocks.blocks(article.blocks(), frame);
    notes(ctx, blocks, frame, parent, titleLevel + 1);
    sources(meta, ctx, blocks, frame, parent, titleLevel + 1);
    furnish(out, first, owners, furniture(meta, title));
    ctx.breaker = outer;
  }

  private void notes(LayoutContext ctx, BlockLayout blocks, Frame frame, StructureNode parent,
      int level) {
    if (ctx.notes.isEmpty()) {
      return;
    }
    StructureNode sect = parent.add("Sect");
    blocks.heading(List.of(new Text("Notes")), level, frame, sect, ctx.articleId + "/notes");
    ctx.outline.add(new OutlineEntry("Notes", ctx.articleId + "/notes", 1));
    float indent = ctx.base() * 2;
    // Notes may hold notes of their own; they are numbered on and listed after.
    for (int i = 0; i < ctx.notes.size(); i++) {
      Note note = ctx.notes.get(i);
      String anchor = ctx.noteAnchor(i + 1);
      StructureNode node = sect.add("Note").elementId(anchor);
      List<Box> out = blocks.output();
      int first = out.size();
      blocks.blocks(note.blocks(), frame.inList(indent, node));
      if (out.size() == first) {
        out.add(new Box(0, settings.lineHeight(), frame.decorations()));
      }
      Box box = out.get(first);
      box.anchors().add(anchor);
      Line marker = ctx.breaker.breakLines(List.of(Span.of((i + 1) + ".", Face.REGULAR,
          ctx.base())), indent, false).get(0);
      float baseline = box.drawables().stream()
          .filter(d -> d instanceof Drawable.TextLine).findFirst()
          .map(d -> ((Drawable.TextLine) d).baseline()).orElse(marker.baseline());
      box.drawables().add(0, new Drawable.TextLine(frame.left(), baseline, marker, node));
    }
  }

  private void sources(Metadata meta, LayoutContext ctx, BlockLayout blocks, Frame frame,
      StructureNode parent, int level) {
    if (meta.sources().isEmpty()) {
      return;
    }
    StructureNode sect = parent.add("Sect");
    blocks.heading(List.of(new Text("Sources")), level, frame, sect, ctx.articleId + "/sources");
    ctx.outline.add(new OutlineEntry("Sources", ctx.articleId + "/sources", 1));
    for (Citation citation : meta.sources()) {
      List<Inline> content = new ArrayList<>(List.of(new Text(citation.text())));
      if (!citation.url().isEmpty()) {
        content.add(new Text(" "));
        content.add(new Link(citation.url(), List.of()));
      }
      blocks.text(content, frame, sect.add("P"), ctx.small(), false, ctx.base() * 0.3f);
    }
  }

  static String title(Metadata meta, String fallback) {
    return meta.title().isBlank() ? fallback : meta.title();
  }

  private static LaidOutDocument.PageFurniture furniture(Metadata meta, String title) {
    return new LaidOutDocument.PageFurniture(meta.organization().name(), title,
        meta.reviewed().map(d -> "Reviewed " + d).orElse(""));
  }

  private static void furnish(List<Box> out, int from,
      Map<Box, LaidOutDocument.PageFurniture> owners, LaidOutDocument.PageFurniture furniture) {
    for (int i = from; i < out.size(); i++) {
      owners.putIfAbsent(out.get(i), furniture);
    }
  }

  private static List<LaidOutDocument.PageFurniture> furnitureOf(List<Page> pages,
      Map<Box, LaidOutDocument.PageFurniture> owners) {
    List<LaidOutDocument.PageFurniture> result = new ArrayList<>();
    LaidOutDocument.PageFurniture current = LaidOutDocument.PageFurniture.NONE;
    for (Page page : pages) {
      for (Page.Placed placed : page.boxes()) {
        LaidOutDocument.PageFurniture owner = owners.get(placed.box());
        if (owner != null && !placed.repeated()) {
          current = owner;
          break;
        }
      }
      result.add(current);
    }
    return result;
  }
}
