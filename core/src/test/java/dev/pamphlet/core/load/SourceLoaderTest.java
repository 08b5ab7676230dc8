package dev.pamphlet.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.json.JsonCodec;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceLoaderTest {
  private static final SourceLoader LOADER = SourceLoader.create();

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  private static List<String> ids(ReadResult<Publication> result) {
    return result.value().articles().stream().map(Article::id).toList();
  }

  private static List<String> codes(ReadResult<Publication> result) {
    return result.diagnostics().stream().map(Diagnostic::code).toList();
  }

  @Test
  void manifestGivesOrderMetadataAndNumbering() throws IOException {
    write("book/booklet.yaml", """
        title: Our Booklet
        organization: {name: Willow Creek Clinic, contact: "(555) 014-2380"}
        language: en
        numbered: true
        articles:
          - zebra.md
          - apple.md
        """);
    write("book/apple.md", "---\ntitle: Apple\n---\n\nText.\n");
    write("book/zebra.md", "---\ntitle: Zebra\n---\n\nText.\n");

    ReadResult<Publication> result = LOADER.load(List.of(dir.resolve("book")));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(ids(result)).containsExactly("zebra", "apple");
    Metadata metadata = result.value().metadata();
    assertThat(metadata.title()).isEqualTo("Our Booklet");
    assertThat(metadata.organization().name()).isEqualTo("Willow Creek Clinic");
    assertThat(metadata.language()).isEqualTo("en");
    assertThat(result.value().numbered()).isTrue();
  }

  @Test
  void manifestCoverIsFoundBesideTheManifest() throws IOException {
    write("book/booklet.yaml", "title: Book\ncover: images/cover.png\n");
    write("book/a.md", "# A\n\nText.\n");

    ReadResult<Publication> result = LOADER.load(List.of(dir.resolve("book")));

    assertThat(result.value().metadata().cover())
        .isEqualTo(dir.resolve("book").resolve("images/cover.png").toString());
  }

  @Test
  void eachArticleIsRecordedWithItsFileAsGiven() throws IOException {
    write("book/a.md", "# A\n\nText.\n");
    write("book/b.md", "# B\n\nText.\n");

    ReadResult<Publication> result = LOADER.load(List.of(dir.resolve("book")));

    assertThat(result.sourceMap().fileOf("a")).isEqualTo(dir.resolve("book/a.md").toString());
    assertThat(result.sourceMap().fileOf("b")).isEqualTo(dir.resolve("book/b.md").toString());
  }

  @Test
  void folderWithoutManifestTakesItsMetadataFromTheFirstArticle() throws IOException {
    write("book/2-second.md", "---\ntitle: Second\nlanguage: fr\n---\n\nTexte.\n");
    write("book/1-first.md", "---\ntitle: First\nlanguage: en\n---\n\nText.\n");

    ReadResult<Publication> result = LOADER.load(List.of(dir.resolve("book")));

    assertThat(ids(result)).containsExactly("1-first", "2-second");
    assertThat(result.value().metadata().title()).isEqualTo("First");
    assertThat(result.value().metadata().language()).isEqualTo("en");
    assertThat(result.value().numbered()).isFalse();
  }

  @Test
  void mixedSourcesKeepTheOrderGivenAndTheFirstPublicationGivesTheMetadata()
      throws IOException {
    JsonCodec json = JsonCodec.create();
    Path markdown = write("intro.md", "---\ntitle: Intro\n---\n\nHello.\n");
    Path article = write("single.json", json.write(
        Article.builder("single").title("Single").paragraph("From JSON.").build()));
    Path publication = write("booklet.json", json.write(Publication.builder()
        .title("From a JSON publication").language("en").numbered(true)
        .article(Article.builder("p-one").title("P one").paragraph("One.").build())
        .article(Article.builder("p-two").title("P two").paragraph("Two.").build())
        .build()));
    write("folder/z.md", "# Z\n\nLast.\n");

    ReadResult<Publication> result =
        LOADER.load(List.of(markdown, article, publication, dir.resolve("folder")));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(ids(result)).containsExactly("intro", "single", "p-one", "p-two", "z");
    assertThat(result.value().metadata().title()).isEqualTo("From a JSON publication");
    assertThat(result.value().numbered()).isTrue();
    assertThat(result.sourceMap().fileOf("p-two")).isEqualTo(publication.toString());
    assertThat(result.sourceMap().fileOf("single")).isEqualTo(article.toString());
  }

  @Test
  void brokenJsonIsAnErrorWithItsFileAndAddsNoArticle() throws IOException {
    Path broken = write("broken.json", "{\"pamphlet\": 1, \"type\": \"article\",\n  \"id\": ");
    Path fine = write("fine.md", "# Fine\n\nText.\n");

    ReadResult<Publication> result = LOADER.load(List.of(broken, fine));

    assertThat(ids(result)).containsExactly("fine");
    assertThat(result.diagnostics()).filteredOn(Diagnostic::isError).isNotEmpty()
        .allSatisfy(d -> assertThat(d.position().file()).isEqualTo(broken.toString()));
  }

  @Test
  void missingListedArticleIsAnErrorAndTheRestLoads() throws IOException {
    write("book/booklet.yaml", "title: Book\narticles:\n  - here.md\n  - gone.md\n");
    write("book/here.md", "# Here\n\nText.\n");

    ReadResult<Publication> result = LOADER.load(List.of(dir.resolve("book")));

    assertThat(ids(result)).containsExactly("here");
    assertThat(result.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(LoadCodes.MISSING_ARTICLE);
      assertThat(d.toString()).startsWith(dir.resolve("book/booklet.yaml") + ":4:5: error:");
    });
  }

  @Test
  void missingSourceIsANoSuchFileException() {
    Path missing = dir.resolve("nowhere.md");

    assertThatThrownBy(() -> LOADER.load(List.of(missing)))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString());
  }

  @Test
  void noSourcesIsAMisuse() {
    assertThatThrownBy(() -> LOADER.load(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void byteOrderMarkAndWindowsLineEndsAreRead() throws IOException {
    Path file = dir.resolve("windows.md");
    Files.write(file, "\uFEFF---\r\ntitle: Windows\r\n---\r\n\r\nOne line.\r\n"
        .getBytes(StandardCharsets.UTF_8));

    ReadResult<Publication> result = LOADER.load(List.of(file));

    assertThat(result.diagnostics()).isEmpty();
    Article article = result.value().articles().get(0);
    assertThat(article.title()).isEqualTo("Windows");
    assertThat(article.blocks()).containsExactly(Paragraph.of("One line."));
  }

  @Test
  void invalidUtf8IsAnEncodingErrorAndTheArticleStillLoads() throws IOException {
    Path file = dir.resolve("latin1.md");
    Files.write(file, "# Caf\u00e9\n\nText.\n".getBytes(StandardCharsets.ISO_8859_1));

    ReadResult<Publication> result = LOADER.load(List.of(file));

    assertThat(codes(result)).contains(LoadCodes.ENCODING);
    assertThat(result.value().articles()).hasSize(1);
    assertThat(result.value().articles().get(0).title()).isEqualTo("Caf\uFFFD");
  }

  @Test
  void relativeSourcesGiveRelativePathsInDiagnostics() throws IOException {
    Path folder = Files.createDirectories(Path.of("target", "loader-test-relative"));
    Files.writeString(folder.resolve("booklet.yaml"), "title: T\ncolour: blue\n");
    Files.writeString(folder.resolve("a.md"), "# A\n\nText.\n");

    ReadResult<Publication> result = LOADER.load(List.of(folder));

    assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.toString())
        .startsWith(folder.resolve("booklet.yaml") + ":2:1: warning:"));
    assertThat(result.sourceMap().fileOf("a")).isEqualTo(folder.resolve("a.md").toString());
  }

  @Test
  void positionsFromEveryFileSurviveTheMerge() throws IOException {
    write("book/a.md", "# A\n\nFirst paragraph of A.\n");
    write("book/b.md", "# B\n\nIntro.\n\nSecond paragraph of B.\n");
    write("book/c.md", "# C\n\nText of C.\n");

    ReadResult<Publication> result = LOADER.load(List.of(dir.resolve("book")));

    for (Article article : result.value().articles()) {
      Object last = article.blocks().get(article.blocks().size() - 1);
      assertThat(result.sourceMap().positionOf(last).file())
          .isEqualTo(dir.resolve("book/" + article.id() + ".md").toString());
      assertThat(result.sourceMap().positionOf(last).line()).isGreaterThan(1);
    }
  }

  @Test
  void repeatedArticleIdIsLeftToTheValidatorAndKeepsTheFirstFile() throws IOException {
    Path first = write("one.md", "---\nid: same\ntitle: One\n---\n\nText.\n");
    Path second = write("two.md", "---\nid: same\ntitle: Two\n---\n\nText.\n");

    ReadResult<Publication> result = LOADER.load(List.of(first, second));

    assertThat(ids(result)).containsExactly("same", "same");
    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.sourceMap().fileOf("same")).isEqualTo(first.toString());
  }

  @Test
  void filesReadInParallelKeepTheirOrderAndTheirDiagnosticsOrder() throws IOException {
    List<String> expectedIds = new ArrayList<>();
    List<String> expectedFiles = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      String name = String.format("n%02d", i);
      Path file = dir.resolve("many/" + name + ".md");
      Files.createDirectories(file.getParent());
      // Every file has an encoding error, so each adds one diagnostic of its own.
      Files.write(file, ("# " + name + " caf\u00e9\n\nText.\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      expectedIds.add(name);
      expectedFiles.add(file.toString());
    }

    ReadResult<Publication> result = LOADER.load(List.of(dir.resolve("many")));

    assertThat(ids(result)).containsExactlyElementsOf(expectedIds);
    assertThat(result.diagnostics()).extracting(d -> d.position().file())
        .containsExactlyElementsOf(expectedFiles);
    ReadResult<Publication> again = LOADER.load(List.of(dir.resolve("many")));
    assertThat(again.value()).isEqualTo(result.value());
    assertThat(again.diagnostics()).isEqualTo(result.diagnostics());
  }

  @Test
  void oneLoaderServesManyThreads() throws Exception {
    write("book/booklet.yaml", "title: Book\narticles: [b.md, a.md]\n");
    write("book/a.md", "# A\n\nText of A.\n");
    write("book/b.md", "# B\n\n- one\n- two\n");
    Publication expected = LOADER.load(List.of(dir.resolve("book"))).value();

    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Publication>> runs = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        runs.add(pool.submit(() -> LOADER.load(List.of(dir.resolve("book"))).value()));
      }
      for (Future<Publication> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
