package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.ModelWalker;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.Note;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.export.html.ArticleRenderer;
import dev.pamphlet.export.html.HtmlOptions;
import dev.pamphlet.export.html.UrlParts;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;

/**
 * Makes one EPUB booklet: every document is made in memory (chapters, title page,
 * navigation, NCX, package document, images read) before anything is written, so a failure
 * leaves no half-written file; {@link PreparedBook} then writes the container once, in a fixed
 * order. Internal: not part of the API; {@link dev.pamphlet.export.epub.EpubExporter} is
 * the entry point. Stateless and thread-safe: all state lives in one call.
 */
public final class BookWriter {
  private static final String CONTAINER = """
      <?xml version="1.0" encoding="UTF-8"?>
      <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
        <rootfiles>
          <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
        </rootfiles>
      </container>
      """;

  /**
   * The range of times a ZIP entry holds in its DOS fields alone. Outside it (and at exactly
   * 1980-01-01 00:00:00, which Java reads as "before 1980") Java adds an extended-time extra
   * field, which the {@code mimetype} entry may not have.
   */
  private static final LocalDateTime ZIP_FIRST = LocalDateTime.of(1980, 1, 1, 0, 0, 2);
  private static final LocalDateTime ZIP_LAST = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

  private BookWriter() {}

  /**
   * Makes every file of the booklet of {@code context}, ready to be written as one container.
   * Problems found (images that cannot be carried, unsafe links) are reported to
   * {@code context}.
   *
   * @param largePrint whether to use the large-print style sheet
   * @param identifier the unique identifier, or {@code ""} to derive one
   * @param pageMap the printed page each article or section starts on (may be empty)
   * @param environment looks up environment variables ({@code SOURCE_DATE_EPOCH})
   */
  public static PreparedBook prepare(ExportContext context, boolean largePrint,
      String identifier, Map<String, String> pageMap, UnaryOperator<String> environment)
      throws IOException {
    Publication publication = context.publication();
    BookFacts book = BookFacts.of(publication);
    BookLayout layout = BookLayout.of(publication);
    ImageCatalog catalog = new ImageCatalog(context);
    List<String> imageAlts = new ArrayList<>();

    String coverAlt = "Cover of " + book.title();
    Optional<PackagedImage> cover = publication.metadata().cover().isBlank() ? Optional.empty()
        : catalog.cover(publication.metadata().cover());
    cover.ifPresent(image -> imageAlts.add(coverAlt));

    Figures figures = packageFigures(publication, catalog);
    imageAlts.addAll(figures.alts());

    PageBreaks pages = PageBreaks.plan(pageMap, context);
    List<String> chapters = chapters(context, figures.sources(), layout, book, largePrint);
    for (int i = 0; i < chapters.size(); i++) {
      chapters.set(i, pages.insert(i, chapters.get(i)));
    }
    List<TocEntry> contents = TocEntry.contents(publication, context.index(), layout);
    String id = identifier.isEmpty() ? BookIdentifier.derive(publication) : identifier;
    Instant modified = ModifiedDate.of(publication, environment);
    Accessibility accessibility = Accessibility.of(new Accessibility.Content(
        publication.articles().size(), imageAlts, figures.shownAsText(), hasNotes(publication),
        largePrint, !pages.isEmpty()));

    List<PackagedImage> images = catalog.images();
    List<ManifestItem> items = manifest(layout, chapters.size(), images, cover);
    List<String> spine = new ArrayList<>(List.of("title-page", "nav"));
    for (int i = 0; i < chapters.size(); i++) {
      spine.add(chapterId(i));
    }

    String folder = BookLayout.PACKAGE_FOLDER;
    LocalDateTime time = LocalDateTime.ofInstant(modified, ZoneOffset.UTC);
    PreparedBook prepared = new PreparedBook(time.isBefore(ZIP_FIRST) ? ZIP_FIRST
        : time.isAfter(ZIP_LAST) ? ZIP_LAST : time);
    prepared.add("META-INF/container.xml", CONTAINER);
    prepared.add(folder + BookLayout.PACKAGE_DOCUMENT, PackageDocument.write(book, id,
        ModifiedDate.format(modified), accessibility, items, spine,
        cover.map(PackagedImage::id).orElse("")));
    prepared.add(folder + BookLayout.NAV,
        NavDocument.write(book, contents, pageList(pages, layout)));
    prepared.add(folder + BookLayout.NCX, NcxDocument.write(book, id, contents));
    prepared.add(folder + BookLayout.STYLE_SHEET, StyleSheet.css(largePrint));
    prepared.add(folder + BookLayout.TITLE_PAGE, TitlePage.write(book, cover, coverAlt));
    for (int i = 0; i < chapters.size(); i++) {
      prepared.add(folder + layout.chapterHref(i), chapters.get(i));
    }
    for (PackagedImage image : images) {
      prepared.add(folder + image.href(), image.bytes());
    }
    return prepared;
  }

  /**
   * Where each figure's image is in the book, by figure instance ({@code ""} when it could not
   * be packaged: the renderer then shows the alt text), the alt texts of the packaged ones, and
   * how many figures are shown as text.
   */
  private record Figures(Map<Figure, String> sources, List<String> alts, int shownAsText) {}

  private static Figures packageFigures(Publication publication, ImageCatalog catalog) {
    Map<Figure, String> sources = new IdentityHashMap<>();
    List<String> alts = new ArrayList<>();
    int[] shownAsText = {0};
    ModelWalker.walk(publication, new ModelListener() {
      @Override
      public void block(Block block, NodeContext context) {
        if (!(block instanceof Figure figure)) {
          return;
        }
        Optional<PackagedImage> image = catalog.figure(figure, context.article().id());
        if (image.isEmpty()) {
          shownAsText[0]++;
          sources.put(figure, "");
        } else {
          alts.add(figure.alt());
          sources.put(figure, "../" + image.get().href());
        }
      }
    });
    return new Figures(sources, alts, shownAsText[0]);
  }

  private static List<ManifestItem> manifest(BookLayout layout, int chapters,
      List<PackagedImage> images, Optional<PackagedImage> cover) {
    List<ManifestItem> items = new ArrayList<>();
    items.add(new ManifestItem("title-page", BookLayout.TITLE_PAGE, ManifestItem.XHTML, ""));
    items.add(new ManifestItem("nav", BookLayout.NAV, ManifestItem.XHTML, "nav"));
    for (int i = 0; i < chapters; i++) {
      items.add(new ManifestItem(chapterId(i), layout.chapterHref(i), ManifestItem.XHTML, ""));
    }
    items.add(new ManifestItem("style", BookLayout.STYLE_SHEET, "text/css", ""));
    items.add(new ManifestItem("ncx", BookLayout.NCX, "application/x-dtbncx+xml", ""));
    for (PackagedImage image : images) {
      boolean isCover = cover.isPresent() && cover.get() == image;
      items.add(new ManifestItem(image.id(), image.href(), image.mediaType(),
          isCover ? "cover-image" : ""));
    }
    return items;
  }

  private static String chapterId(int position) {
    return "chapter-" + (position + 1);
  }

  /** Renders each article as a chapter, each figure showing its packaged image. */
  private static List<String> chapters(ExportContext context, Map<Figure, String> figureSources,
      BookLayout layout, BookFacts book, boolean largePrint) {
    List<String> chapters = new ArrayList<>();
    for (Article article : context.publication().articles()) {
      // The chapter page takes the article's own language, so the renderer need not repeat it.
      String language = context.publication().effectiveMetadata(article).language().strip();
      String pageLanguage = language.isEmpty() ? book.language() : language;
      ArticleRenderer renderer = ArticleRenderer.builder()
          .options(HtmlOptions.builder().largePrint(largePrint).build())
          .linkResolver(layout::hrefFromChapter)
          .epubNoteTypes(true)
          .pageLanguage(pageLanguage)
          .figureSource(figure -> figureSources.getOrDefault(figure, ""))
          .build();
      chapters.add(ChapterPage.write(article, context, renderer, pageLanguage));
    }
    return chapters;
  }

  private static List<Map.Entry<String, String>> pageList(PageBreaks pages, BookLayout layout) {
    return pages.markers().stream().map(marker -> Map.entry(marker.label(),
        layout.chapterHref(marker.chapter()) + "#" + UrlParts.fragment(marker.id()))).toList();
  }

  private static boolean hasNotes(Publication publication) {
    AtomicBoolean found = new AtomicBoolean();
    ModelWalker.walk(publication, new ModelListener() {
      @Override
      public void inline(Inline inline, NodeContext context) {
        if (inline instanceof Note) {
          found.set(true);
        }
      }
    });
    return found.get();
  }
}
