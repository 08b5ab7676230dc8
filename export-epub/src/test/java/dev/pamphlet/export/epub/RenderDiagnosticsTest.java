package dev.pamphlet.export.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.Severity;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the chapter renderer reports (an unsafe link left out) reaches the caller with the
 * article's file and line, although chapters are rendered from a copy with packaged figures.
 */
class RenderDiagnosticsTest {
  @Test
  void unsafeLinkLeftOutOfAChapterIsReportedWithFileAndLine() throws IOException {
    ReadResult<Article> read = MarkdownReader.create().read("notes/links.md", """
        ---
        id: links
        title: Links
        language: en
        ---

        Text before.

        A [bad link](javascript:alert(1)) here.

        ![a figure](pictures/none.png)
        """);
    Publication publication = Publication.builder().title("Links").language("en")
        .article(read.value()).build();
    InMemoryOutput out = new InMemoryOutput();
    List<Diagnostic> diagnostics = new EpubExporter().export(publication, read.sourceMap(), out,
        ErrorPolicy.EXPORT_ANYWAY).diagnostics();
    assertThat(diagnostics).filteredOn(d -> d.severity() == Severity.WARNING)
        .extracting(Diagnostic::toString)
        .anySatisfy(d -> assertThat(d).startsWith("notes/links.md:9:").contains(
            "[link.unsafe-scheme]"))
        .anySatisfy(d -> assertThat(d).startsWith("notes/links.md:11:").contains(
            "[" + EpubCodes.IMAGE_MISSING + "]"));
    String chapter = EpubFiles.open(out.file(EpubExporter.FILE_NAME))
        .text("EPUB/chapters/links.xhtml");
    assertThat(chapter).doesNotContain("javascript").contains("bad link");
  }

  @Test
  void relativeLinkThatLeavesTheBookIsReportedAndItsTextKept() throws IOException {
    // Found by fuzzing: such a link names a file the EPUB does not hold (EPUBCheck RSC-007).
    ReadResult<Article> read = MarkdownReader.create().read("notes/leaflet.md", """
        ---
        title: Leaflet
        language: en
        ---

        Print [the leaflet](leaflet.pdf) or see [above](#top).
        """);
    InMemoryOutput out = new InMemoryOutput();
    List<Diagnostic> diagnostics = new EpubExporter().export(Publication.of(read.value()),
        read.sourceMap(), out, ErrorPolicy.EXPORT_ANYWAY).diagnostics();
    assertThat(diagnostics).extracting(Diagnostic::toString)
        .anySatisfy(d -> assertThat(d).startsWith("notes/leaflet.md:6:")
            .contains("\"leaflet.pdf\"", "[link.outside-book]"));
    byte[] epub = out.file(EpubExporter.FILE_NAME);
    assertThat(EpubFiles.open(epub).text("EPUB/chapters/leaflet.xhtml"))
        .doesNotContain("leaflet.pdf").contains("the leaflet");
  }

  @Test
  void aSourceWithARelativeAddressIsListedWithoutItsLink() throws IOException {
    // Found by fuzzing: a source's address was linked where a link in the text is not.
    ReadResult<Article> read = MarkdownReader.create().read("notes/leaflet.md", """
        ---
        title: Leaflet
        language: en
        sources:
          - text: Clinic leaflet.
            url: leaflet.pdf
        ---

        Text.
        """);
    InMemoryOutput out = new InMemoryOutput();
    List<Diagnostic> diagnostics = new EpubExporter().export(Publication.of(read.value()),
        read.sourceMap(), out, ErrorPolicy.EXPORT_ANYWAY).diagnostics();
    assertThat(diagnostics).extracting(Diagnostic::code).contains("link.outside-book");
    assertThat(EpubFiles.open(out.file(EpubExporter.FILE_NAME))
        .text("EPUB/chapters/leaflet.xhtml"))
        .contains("Clinic leaflet.").doesNotContain("href=\"leaflet.pdf\"");
  }
}
