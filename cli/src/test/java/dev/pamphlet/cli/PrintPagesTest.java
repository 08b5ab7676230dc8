package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.testing.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code pamphlet build --format pdf,epub}: the EPUB's page list gives the printed pages of the
 * booklet PDF written beside it.
 */
class PrintPagesTest {
  private static final Pattern PAGE_LINK = Pattern.compile(
      "<a[^>]*href=\"chapters/([^\"#]+)\\.xhtml#print-page-\\d+\"[^>]*>(\\d+)</a>");

  @TempDir Path out;

  private CliRun build(String... extra) {
    List<String> args = new ArrayList<>(List.of("build", Samples.examplesDir().toString(),
        "--out", out.toString()));
    args.addAll(List.of(extra));
    return CliRun.of(Main.environment(), args.toArray(String[]::new));
  }

  @Test
  void theEpubPageListNamesThePagesWhereTheBookletPdfStartsEachArticle() throws IOException {
    CliRun run = build("--format", "pdf,epub");
    assertThat(run.exitCode()).as(run.toString()).isZero();

    List<String> pageList = pageList(out.resolve("epub/booklet.epub"));
    TreeSet<Integer> articlePages = new TreeSet<>();
    try (PDDocument pdf = Loader.loadPDF(out.resolve("pdf/booklet.pdf").toFile())) {
      // Top-level bookmarks: the title page, the contents, then the articles, each leading to
      // the page it starts on.
      PDOutlineItem contents = pdf.getDocumentCatalog().getDocumentOutline().getFirstChild()
          .getNextSibling();
      assertThat(contents.getTitle()).isEqualTo("Contents");
      for (PDOutlineItem item = contents.getNextSibling(); item != null;
          item = item.getNextSibling()) {
        PDPageDestination destination = (PDPageDestination) item.getDestination();
        articlePages.add(pdf.getPages().indexOf(destination.getPage()) + 1);
      }
    }
    assertThat(articlePages).hasSizeGreaterThanOrEqualTo(3);
    List<Integer> listed = pageList.stream().map(entry -> Integer.parseInt(entry.split(" ")[0]))
        .toList();
    // Every article's first page is in the list (sections may add pages between them).
    assertThat(listed).containsAll(articlePages).isSorted();
  }

  @Test
  void withoutTheBookletTheEpubHasNoPageList() throws IOException {
    CliRun run = build("--format", "pdf,epub", "--handouts-only");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(pageList(out.resolve("epub/booklet.epub"))).isEmpty();
  }

  @Test
  void aPageMapGivenByHandWins() throws IOException {
    CliRun run = build("--format", "pdf,epub", "--option",
        "epub.page-map=brain-networks=42");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(pageList(out.resolve("epub/booklet.epub"))).containsExactly("42 brain-networks");
  }

  /** The page list's entries as "label chapter", in order. */
  private static List<String> pageList(Path epub) throws IOException {
    try (ZipFile zip = new ZipFile(epub.toFile())) {
      String nav = new String(zip.getInputStream(zip.getEntry("EPUB/nav.xhtml")).readAllBytes(),
          StandardCharsets.UTF_8);
      List<String> entries = new ArrayList<>();
      int start = nav.indexOf("epub:type=\"page-list\"");
      if (start < 0) {
        return entries;
      }
      Matcher link = PAGE_LINK.matcher(nav.substring(start));
      while (link.find()) {
        entries.add(link.group(2) + " " + link.group(1));
      }
      return entries;
    }
  }
}
