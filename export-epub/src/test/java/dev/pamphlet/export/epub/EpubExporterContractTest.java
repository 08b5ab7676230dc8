package dev.pamphlet.export.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.ExporterContractTest;
import dev.pamphlet.core.testing.Samples;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The exporter contract (discovery, determinism, eight threads, folder output, refusing
 * content with errors) for the EPUB exporter, and every node type's text in the chapters.
 */
class EpubExporterContractTest extends ExporterContractTest {
  @Override
  protected String format() {
    return "epub";
  }

  @Override
  protected void assertEveryNodeRendered(Map<String, byte[]> files) {
    assertThat(files).containsOnlyKeys(EpubExporter.FILE_NAME);
    EpubFiles epub = EpubFiles.open(files.get(EpubExporter.FILE_NAME));
    String text = Samples.ARTICLE_IDS.stream()
        .map(id -> epub.xml("EPUB/chapters/" + id + ".xhtml").getDocumentElement()
            .getTextContent())
        .collect(Collectors.joining("\n"));
    Samples.markers().forEach((node, marker) ->
        assertThat(text).as("the %s marker", node).contains(marker));
  }
}
