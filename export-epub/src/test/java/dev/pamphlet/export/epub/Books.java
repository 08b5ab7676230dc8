package dev.pamphlet.export.epub;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.model.Publication;
import java.io.IOException;
import java.util.List;

/** Exports publications to EPUB bytes for the tests. */
final class Books {
  private Books() {}

  /** An exported booklet with what was reported while exporting it. */
  record Exported(byte[] epub, List<Diagnostic> diagnostics) {}

  static Exported export(Publication publication, SourceMap sourceMap, EpubOptions options)
      throws IOException {
    InMemoryOutput out = new InMemoryOutput();
    ExportReport report = new EpubExporter(options).export(publication, sourceMap, out,
        ErrorPolicy.REFUSE);
    return new Exported(out.file(EpubExporter.FILE_NAME), report.diagnostics());
  }

  static byte[] epub(Publication publication) throws IOException {
    return export(publication, SourceMap.EMPTY, EpubOptions.DEFAULTS).epub();
  }
}
