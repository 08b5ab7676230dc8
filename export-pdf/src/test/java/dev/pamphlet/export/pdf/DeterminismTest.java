package dev.pamphlet.export.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Publication;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same input and options, same bytes: on one thread after another, and on many at once. */
class DeterminismTest {
  @TempDir
  Path folder;

  private static Map<String, byte[]> export(PdfExporter exporter, Publication publication)
      throws Exception {
    InMemoryOutput out = new InMemoryOutput();
    exporter.export(publication, out);
    return out.files();
  }

  @Test
  void theSameInputGivesTheSameBytesEvenFromManyThreadsSharingTheFonts() throws Exception {
    Publication publication = SamplePublications.everything(SamplePublications.png(folder));
    PdfExporter exporter = new PdfExporter();
    Map<String, byte[]> first = export(exporter, publication);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Map<String, byte[]>>> runs = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        runs.add(pool.submit(() -> export(exporter, publication)));
      }
      for (Future<Map<String, byte[]>> run : runs) {
        Map<String, byte[]> files = run.get();
        assertThat(files.keySet()).isEqualTo(first.keySet());
        files.forEach((path, bytes) -> assertThat(bytes).as(path).isEqualTo(first.get(path)));
      }
    } finally {
      pool.shutdown();
    }
  }
}
