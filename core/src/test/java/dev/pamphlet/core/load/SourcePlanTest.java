package dev.pamphlet.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.diagnostic.SourcePosition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePlanTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    return Files.writeString(path, text);
  }

  private static List<String> articleNames(SourcePlan plan) {
    return plan.parts().stream()
        .filter(SourcePlan.ArticleFile.class::isInstance)
        .map(part -> ((SourcePlan.ArticleFile) part).path().getFileName().toString())
        .toList();
  }

  @Test
  void folderWithoutManifestGivesItsArticlesInNameOrder() throws IOException {
    write("book/b.md", "# B");
    write("book/a.json", "{}");
    write("book/c.markdown", "# C");
    write("book/notes.txt", "not an article");
    write("book/.hidden.md", "# hidden");
    write("book/sub/d.md", "# nested folders are not read");

    SourcePlan plan = SourcePlan.of(List.of(dir.resolve("book")));

    assertThat(articleNames(plan)).containsExactly("a.json", "b.md", "c.markdown");
    assertThat(plan.problems()).isEmpty();
  }

  @Test
  void manifestComesFirstAndGivesTheOrder() throws IOException {
    write("book/booklet.yaml", "title: Book\narticles:\n  - zebra.md\n  - apple.md\n");
    write("book/apple.md", "# A");
    write("book/zebra.md", "# Z");

    SourcePlan plan = SourcePlan.of(List.of(dir.resolve("book")));

    assertThat(plan.parts().get(0)).isInstanceOfSatisfying(SourcePlan.Manifest.class,
        m -> assertThat(m.manifest().metadata().title()).isEqualTo("Book"));
    assertThat(articleNames(plan)).containsExactly("zebra.md", "apple.md");
    assertThat(plan.problems()).isEmpty();
  }

  @Test
  void theManifestFileStandsForItsFolder() throws IOException {
    Path manifest = write("book/booklet.yaml", "articles:\n  - zebra.md\n  - apple.md\n");
    write("book/apple.md", "# A");
    write("book/zebra.md", "# Z");

    SourcePlan plan = SourcePlan.of(List.of(manifest));

    assertThat(articleNames(plan)).containsExactly("zebra.md", "apple.md");
    assertThat(plan.problems()).isEmpty();
  }

  @Test
  void manifestWithoutArticlesKeepsNameOrder() throws IOException {
    write("book/booklet.yaml", "title: Book\n");
    write("book/b.md", "# B");
    write("book/a.md", "# A");

    assertThat(articleNames(SourcePlan.of(List.of(dir.resolve("book")))))
        .containsExactly("a.md", "b.md");
  }

  @Test
  void missingListedArticleIsAnErrorAtTheManifestLine() throws IOException {
    write("book/booklet.yaml", "title: Book\narticles:\n  - here.md\n  - gone.md\n");
    write("book/here.md", "# Here");

    SourcePlan plan = SourcePlan.of(List.of(dir.resolve("book")));

    assertThat(articleNames(plan)).containsExactly("here.md");
    assertThat(plan.problems()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(LoadCodes.MISSING_ARTICLE);
      assertThat(d.severity()).isEqualTo(Severity.ERROR);
      assertThat(d.position()).isEqualTo(
          new SourcePosition(dir.resolve("book/booklet.yaml").toString(), 4, 5));
      assertThat(d.message()).contains("gone.md");
    });
  }

  @Test
  void unlistedArticleIsAWarningAndLeftOut() throws IOException {
    write("book/booklet.yaml", "articles:\n  - one.md\n");
    write("book/one.md", "# One");
    write("book/draft.md", "# Draft");

    SourcePlan plan = SourcePlan.of(List.of(dir.resolve("book")));

    assertThat(articleNames(plan)).containsExactly("one.md");
    assertThat(plan.problems()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(LoadCodes.UNLISTED_ARTICLE);
      assertThat(d.severity()).isEqualTo(Severity.WARNING);
      assertThat(d.position().file()).isEqualTo(dir.resolve("book/draft.md").toString());
    });
  }

  @Test
  void articleListedTwiceIsReadOnce() throws IOException {
    write("book/booklet.yaml", "articles:\n  - one.md\n  - ./one.md\n");
    write("book/one.md", "# One");

    SourcePlan plan = SourcePlan.of(List.of(dir.resolve("book")));

    assertThat(articleNames(plan)).containsExactly("one.md");
    assertThat(plan.problems()).extracting(Diagnostic::code, d -> d.position().line())
        .containsExactly(tuple(LoadCodes.DUPLICATE_ARTICLE, 3));
  }

  @Test
  void listedFileOfAnUnknownKindIsAnError() throws IOException {
    write("book/booklet.yaml", "articles:\n  - notes.txt\n");
    write("book/notes.txt", "text");

    SourcePlan plan = SourcePlan.of(List.of(dir.resolve("book")));

    assertThat(articleNames(plan)).isEmpty();
    assertThat(plan.problems()).extracting(Diagnostic::code)
        .containsExactly(LoadCodes.UNSUPPORTED);
  }

  @Test
  void severalSourcesKeepTheOrderGiven() throws IOException {
    Path first = write("z-first.md", "# Z");
    write("book/b.md", "# B");
    write("book/a.md", "# A");
    Path last = write("last.json", "{}");

    SourcePlan plan = SourcePlan.of(List.of(first, dir.resolve("book"), last));

    assertThat(articleNames(plan)).containsExactly("z-first.md", "a.md", "b.md", "last.json");
  }

  @Test
  void fileOfAnUnknownKindIsAnErrorNotAnException() throws IOException {
    Path text = write("notes.txt", "text");

    SourcePlan plan = SourcePlan.of(List.of(text));

    assertThat(plan.parts()).isEmpty();
    assertThat(plan.problems()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(LoadCodes.UNSUPPORTED);
      assertThat(d.position().file()).isEqualTo(text.toString());
    });
  }

  @Test
  void missingSourceIsANoSuchFileExceptionNamingThePathAsGiven() {
    Path missing = Path.of("no-such-folder", "article.md");

    assertThatThrownBy(() -> SourcePlan.of(List.of(missing)))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("no such file or folder");
  }

  @Test
  void relativePathsStayRelative() throws IOException {
    Path relativeDir = Files.createDirectories(Path.of("target", "plan-test-book"));
    Files.writeString(relativeDir.resolve("booklet.yaml"), "articles:\n  - a.md\n  - b.md\n");
    Files.writeString(relativeDir.resolve("a.md"), "# A");

    SourcePlan plan = SourcePlan.of(List.of(relativeDir));

    assertThat(plan.parts().get(1)).isEqualTo(
        new SourcePlan.ArticleFile(relativeDir.resolve("a.md")));
    assertThat(relativeDir.resolve("a.md").isAbsolute()).isFalse();
    assertThat(plan.problems()).singleElement().satisfies(d ->
        assertThat(d.position().file())
            .isEqualTo(relativeDir.resolve("booklet.yaml").toString()));
  }
}
