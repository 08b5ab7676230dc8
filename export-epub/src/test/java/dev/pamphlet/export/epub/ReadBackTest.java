package dev.pamphlet.export.epub;

import static dev.pamphlet.export.epub.EpubFiles.DC;
import static dev.pamphlet.export.epub.EpubFiles.EPUB;
import static dev.pamphlet.export.epub.EpubFiles.OPF;
import static dev.pamphlet.export.epub.EpubFiles.XHTML;
import static dev.pamphlet.export.epub.EpubFiles.children;
import static dev.pamphlet.export.epub.EpubFiles.elements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.xref.Index;
import dev.pamphlet.core.xref.Target;
import io.documentnode.epub4j.domain.Book;
import io.documentnode.epub4j.domain.MediaTypes;
import io.documentnode.epub4j.domain.SpineReference;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.epub.EpubReader;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The example booklet read back: by epub4j (as an EPUB 2 reader sees it), and by parsing the
 * package document and {@code nav.xhtml} and checking them against the publication.
 */
class ReadBackTest {
  private static Publication publication;
  private static Books.Exported exported;
  private static EpubFiles files;

  @BeforeAll
  static void exportExampleBooklet() throws Exception {
    TestBooklets.Source source = TestBooklets.exampleBooklet();
    publication = source.publication();
    exported = Books.export(publication, source.sourceMap(), EpubOptions.DEFAULTS);
    files = EpubFiles.open(exported.epub());
  }

  @Test
  void exportReportsNothing() {
    assertThat(exported.diagnostics()).isEmpty();
  }

  @Test
  void mimetypeComesFirstStoredAndEveryEntryHasTheSameFixedTime() {
    List<ZipEntry> entries = files.zipEntries();
    assertThat(entries.get(0).getName()).isEqualTo("mimetype");
    assertThat(entries.get(0).getMethod()).isEqualTo(ZipEntry.STORED);
    assertThat(entries.get(0).getExtra()).isNull();
    assertThat(files.text("mimetype")).isEqualTo("application/epub+zip");
    assertThat(entries).extracting(ZipEntry::getTimeLocal).containsOnly(
        java.time.LocalDateTime.of(2026, 10, 1, 0, 0));
  }

  @Test
  void epub4jReadsTitleSpineAndResources() throws Exception {
    Book book = new EpubReader().readEpub(new ByteArrayInputStream(exported.epub()));
    assertThat(book.getTitle()).isEqualTo("Healing and the Brain");
    List<String> spine = book.getSpine().getSpineReferences().stream()
        .map(SpineReference::getResource).map(resource -> resource.getHref()).toList();
    List<String> expected = new ArrayList<>(List.of("title-page.xhtml", "nav.xhtml"));
    publication.articles().forEach(a -> expected.add("chapters/" + a.id() + ".xhtml"));
    assertThat(spine).containsExactlyElementsOf(expected);
    assertThat(book.getResources().getByHref("images/new-connections.png"))
        .isNotNull()
        .satisfies(image -> assertThat(image.getMediaType()).isEqualTo(MediaTypes.PNG));
    assertThat(book.getResources().getByHref("styles/booklet.css")).isNotNull();
  }

  @Test
  void epub4jReadsTheNcxTableOfContents() throws Exception {
    Book book = new EpubReader().readEpub(new ByteArrayInputStream(exported.epub()));
    List<TOCReference> toc = book.getTableOfContents().getTocReferences();
    List<String> titles = toc.stream().map(TOCReference::getTitle).toList();
    List<String> expected = new ArrayList<>(List.of("Title page"));
    publication.articles().forEach(a -> expected.add(a.title()));
    assertThat(titles).containsExactlyElementsOf(expected);
    Index index = Index.of(publication);
    Article first = publication.articles().get(0);
    List<String> topSections = index.sections(first.id()).stream()
        .filter(t -> t.level() == 1).map(Target::title).toList();
    assertThat(toc.get(1).getChildren()).extracting(TOCReference::getTitle)
        .containsExactlyElementsOf(topSections);
    assertThat(toc.get(1).getChildren().get(0).getCompleteHref())
        .isEqualTo("chapters/" + first.id() + ".xhtml#"
            + index.sections(first.id()).get(0).section());
  }

  @Test
  void navTableOfContentsNestsEveryArticleAndSection() {
    Document nav = files.xml("EPUB/nav.xhtml");
    Element toc = navOfType(nav, "toc");
    Index index = Index.of(publication);
    List<Element> articleItems = children(children(toc, "ol").get(0), "li");
    assertThat(articleItems).hasSize(publication.articles().size());
    for (int i = 0; i < articleItems.size(); i++) {
      Article article = publication.articles().get(i);
      Element link = children(articleItems.get(i), "a").get(0);
      assertThat(link.getTextContent()).isEqualTo(article.title());
      assertThat(link.getAttribute("href")).isEqualTo("chapters/" + article.id() + ".xhtml");
      assertThat(flatten(articleItems.get(i))).containsExactlyElementsOf(
          index.sections(article.id()).stream()
              .map(t -> t.level() + " " + t.title() + " chapters/" + article.id() + ".xhtml#"
                  + t.section())
              .toList());
    }
  }

  @Test
  void navHasHiddenLandmarksForTitlePageContentsAndText() {
    Element landmarks = navOfType(files.xml("EPUB/nav.xhtml"), "landmarks");
    assertThat(landmarks.hasAttribute("hidden")).isTrue();
    assertThat(elements(landmarks, XHTML, "a")).extracting(
        a -> a.getAttributeNS(EPUB, "type") + " " + a.getAttribute("href"))
        .containsExactly("titlepage title-page.xhtml", "toc #toc",
            "bodymatter chapters/ketamine-assisted-therapy.xhtml");
  }

  @Test
  void packageDocumentCarriesTheBookletsMetadata() {
    Document opf = files.xml("EPUB/package.opf");
    Element root = opf.getDocumentElement();
    assertThat(root.getAttribute("version")).isEqualTo("3.0");
    String idRef = root.getAttribute("unique-identifier");
    Element identifier = elements(opf, DC, "identifier").get(0);
    assertThat(identifier.getAttribute("id")).isEqualTo(idRef);
    assertThat(identifier.getTextContent()).matches(
        "urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    assertThat(text(opf, "title")).isEqualTo("Healing and the Brain");
    assertThat(text(opf, "language")).isEqualTo("en");
    assertThat(text(opf, "publisher")).isEqualTo("Willow Creek Mind & Mood Clinic");
    assertThat(files.metaValues("dcterms:modified")).containsExactly("2026-10-01T00:00:00Z");
    assertThat(elements(opf, OPF, "item")).filteredOn(i -> i.getAttribute("properties")
        .equals("nav")).extracting(i -> i.getAttribute("href")).containsExactly("nav.xhtml");
    String ncx = files.text("EPUB/toc.ncx");
    assertThat(ncx).contains("name=\"dtb:uid\" content=\"" + identifier.getTextContent() + "\"");
  }

  @Test
  void accessibilityMetadataFollowsTheContent() {
    // The example booklet has one figure, with alt text: visual content, all described.
    assertThat(files.metaValues("schema:accessMode")).containsExactly("textual", "visual");
    assertThat(files.metaValues("schema:accessModeSufficient"))
        .containsExactly("textual", "textual,visual");
    assertThat(files.metaValues("schema:accessibilityFeature")).contains(
        "structuralNavigation", "tableOfContents", "readingOrder", "displayTransformability",
        "alternativeText").doesNotContain("pageBreakMarkers", "largePrint");
    assertThat(files.metaValues("schema:accessibilityHazard")).containsExactly("none");
    assertThat(files.metaValues("schema:accessibilitySummary")).singleElement()
        .asString().contains("3 chapters", "1 image");
    assertThat(files.metaValues("dcterms:conformsTo"))
        .containsExactly("EPUB Accessibility 1.1 - WCAG 2.1 Level AA");
  }

  @Test
  void chaptersLinkToOtherChaptersAndShowTheImage() {
    String therapy = files.text("EPUB/chapters/neuroplasticity-and-depression.xhtml");
    assertThat(therapy).contains("src=\"../images/new-connections.png\"");
    assertThat(therapy).contains("alt=\"Two nerve cells reach toward each other.");
    String all = String.join("\n", publication.articles().stream()
        .map(a -> files.text("EPUB/chapters/" + a.id() + ".xhtml")).toList());
    assertThat(all).containsPattern("href=\"[a-z-]+\\.xhtml#[^\"]+\"");
  }

  private static Element navOfType(Document nav, String type) {
    return elements(nav, XHTML, "nav").stream()
        .filter(n -> n.getAttributeNS(EPUB, "type").equals(type)).findFirst().orElseThrow();
  }

  /** The sections under a nav item, depth-first, as "level title href". */
  private static List<String> flatten(Element item) {
    List<String> out = new ArrayList<>();
    flatten(item, 1, out);
    return out;
  }

  private static void flatten(Element item, int level, List<String> out) {
    for (Element list : children(item, "ol")) {
      for (Element child : children(list, "li")) {
        Element link = children(child, "a").get(0);
        out.add(level + " " + link.getTextContent() + " " + link.getAttribute("href"));
        flatten(child, level + 1, out);
      }
    }
  }

  private static String text(Document opf, String dcElement) {
    return elements(opf, DC, dcElement).get(0).getTextContent();
  }
}
