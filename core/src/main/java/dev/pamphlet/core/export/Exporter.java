package dev.pamphlet.core.export;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Nesting;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.validate.ValidationCodes;
import dev.pamphlet.core.validate.Validator;
import dev.pamphlet.core.xref.Index;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a {@link Publication} into files of one format. Implementations are immutable and
 * thread-safe, and deterministic: the same publication and options give the same bytes.
 *
 * <p>Callers use {@link #export}: it validates first and refuses content with errors.
 * Implementations provide {@link #write}, which sees only content that passed (or that the
 * caller chose to export anyway).
 *
 * <pre>{@code
 * Exporter html = Exporters.discover().create("html", Map.of());
 * InMemoryOutput out = new InMemoryOutput();
 * html.export(publication, out);
 * }</pre>
 */
public interface Exporter {
  /** The format name, as in {@link ExporterProvider#format()}. */
  String format();

  /** Writes the publication's files to {@code sink}. Reports problems through the context. */
  void write(ExportContext context, OutputSink sink) throws IOException;

  /** Validates, refuses content with errors, and writes. */
  default ExportReport export(Publication publication, OutputSink sink) throws IOException {
    return export(publication, SourceMap.EMPTY, sink, ErrorPolicy.REFUSE);
  }

  /**
   * Validates {@code publication}; when it has errors and {@code policy} is
   * {@link ErrorPolicy#REFUSE}, throws {@link ContentErrorsException} before writing anything;
   * otherwise writes it. Content nested deeper than {@link Nesting#MAX_DEPTH} is refused
   * whatever the policy ({@code nesting.too-deep}): no exporter can lay it out safely.
   */
  default ExportReport export(Publication publication, SourceMap sourceMap, OutputSink sink,
      ErrorPolicy policy) throws IOException {
    List<Diagnostic> diagnostics = new ArrayList<>(Validator.standard().validate(publication,
        sourceMap));
    boolean tooDeep = diagnostics.stream()
        .anyMatch(d -> d.code().equals(ValidationCodes.NESTING_TOO_DEEP));
    if (tooDeep || (policy == ErrorPolicy.REFUSE
        && diagnostics.stream().anyMatch(Diagnostic::isError))) {
      throw new ContentErrorsException(diagnostics);
    }
    ExportContext context = new ExportContext(publication, Index.of(publication), sourceMap);
    write(context, sink);
    diagnostics.addAll(context.reported());
    return new ExportReport(diagnostics);
  }
}
