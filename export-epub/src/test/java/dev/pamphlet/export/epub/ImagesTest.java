package dev.pamphlet.export.epub;

import static dev.pamphlet.export.epub.EpubFiles.OPF;
import static dev.pamphlet.export.epub.EpubFiles.elements;
import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.testing.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/**
 * Figures' images and the cover are packaged from files beside the article; what cannot be
 * packaged is reported with its file and line, and its figure shows the alt text instead.
 */
class ImagesTest {
  @TempDir
  static Path dir;
  private static Books.Exported exported;
  private static EpubFiles files;

  @BeforeAll
  static void exportArticleWithImages() throws IOException {
    Path png = Samples.examplesDir().resolve("images/new-connections.png");
    Files.createDirectories(dir.resolve("pictures"));
    Files.copy(png, dir.resolve("pictures/Nerve Cells.png"));
    Files.copy(png, dir.resolve("cover.png"));
    Files.writeString(dir.resolve("pictures/drawing.bmp"), "BM not really a bitmap");
    Path article = dir.resolve("images.md");
    Files.writeString(article, """
        ---
        id: images
        title: Pictures
        language: en
        ---

        ![Two nerve cells](pictures/Nerve%20Cells.png "Packaged")

        ![The same cells again](pictures/Nerve%20Cells.png)

        ![A chair that is not there](pictures/missing.png)

        ![A remote picture](https://example.org/picture.png)

        ![A bitmap](pictures/drawing.bmp)
        """);
    ReadResult<Article> read = MarkdownReader.create().read(article);
    Publication publication = Publication.builder().title("Pictures").language("en")
        .metadata(m -> m.cover("cover.png")).article(read.value()).build();
    InMemoryOutput out = new InMemoryOutput();
    List<Diagnostic> diagnostics = new EpubExporter().export(publication, read.sourceMap(), out,
        ErrorPolicy.REFUSE).diagnostics();
    exported = new Books.Exported(out.file(EpubExporter.FILE_NAME), diagnostics);
    files = EpubFiles.open(exported.epub());
  }

  @Test
  void anImageUsedTwiceIsPackagedOnceUnderASafeName() {
    assertThat(files.names()).filteredOn(name -> name.startsWith("EPUB/images/"))
        .containsExactly("EPUB/images/cover.png", "EPUB/images/nerve-cells.png");
    assertThat(files.text("EPUB/chapters/images.xhtml"))
        .contains("<img src=\"../images/nerve-cells.png\" alt=\"Two nerve cells\"/>")
        .contains("<img src=\"../images/nerve-cells.png\" alt=\"The same cells again\"/>");
  }

  @Test
  void imagesThatCannotBePackagedAreReportedWithFileAndLine() {
    assertThat(exported.diagnostics()).extracting(Diagnostic::code).containsExactly(
        EpubCodes.IMAGE_MISSING, EpubCodes.IMAGE_REMOTE, EpubCodes.IMAGE_UNSUPPORTED);
    assertThat(exported.diagnostics()).extracting(d -> d.position().toString())
        .allSatisfy(position -> assertThat(position).contains("images.md:"));
    assertThat(exported.diagnostics().get(0).position().line()).isEqualTo(11);
  }

  @Test
  void figuresWithoutAnImageShowTheirAltTextAndNoBrokenReference() {
    String chapter = files.text("EPUB/chapters/images.xhtml");
    assertThat(chapter).contains(">A chair that is not there</p>", ">A remote picture</p>",
        ">A bitmap</p>");
    assertThat(chapter).doesNotContain("missing.png", "example.org/picture.png", ".bmp");
  }

  @Test
  void theCoverIsOnTheTitlePageAndMarkedInTheManifest() {
    assertThat(files.text("EPUB/title-page.xhtml"))
        .contains("<img src=\"images/cover.png\" alt=\"Cover of Pictures\"/>");
    Element cover = elements(files.xml("EPUB/package.opf"), OPF, "item").stream()
        .filter(item -> item.getAttribute("href").equals("images/cover.png"))
        .findFirst().orElseThrow();
    assertThat(cover.getAttribute("properties")).isEqualTo("cover-image");
    assertThat(cover.getAttribute("media-type")).isEqualTo("image/png");
  }

  @Test
  void accessibilityMetadataCountsThePackagedImages() {
    assertThat(files.metaValues("schema:accessMode")).containsExactly("textual", "visual");
    assertThat(files.metaValues("schema:accessibilityFeature")).contains("alternativeText");
    assertThat(files.metaValues("schema:accessibilitySummary")).singleElement().asString()
        .contains("3 images", "3 figures are shown as their text descriptions only");
  }

  @Test
  void epubCheckReportsNothing() throws IOException {
    assertThat(EpubCheckRun.problems(exported.epub())).isEmpty();
  }
}
