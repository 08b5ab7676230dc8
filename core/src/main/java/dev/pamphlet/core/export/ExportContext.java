package dev.pamphlet.core.export;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.xref.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an exporter works from during one export: the publication, its index, where its nodes
 * came from, and a place to report problems found while writing (an unsafe URL neutralised, a
 * glyph no font has). One context per export call; not shared between threads.
 */
public final class ExportContext {
  private final Publication publication;
  private final Index index;
  private final SourceMap sourceMap;
  private final List<Diagnostic> reported = new ArrayList<>();

  public ExportContext(Publication publication, Index index, SourceMap sourceMap) {
    this.publication = Objects.requireNonNull(publication, "publication");
    this.index = Objects.requireNonNull(index, "index");
    this.sourceMap = Objects.requireNonNull(sourceMap, "sourceMap");
  }

  /** A context for content built in code. */
  public static ExportContext of(Publication publication) {
    return new ExportContext(publication, Index.of(publication), SourceMap.EMPTY);
  }

  public Publication publication() {
    return publication;
  }

  public Index index() {
    return index;
  }

  public SourceMap sourceMap() {
    return sourceMap;
  }

  /** Records a problem found while writing. */
  public void report(Diagnostic diagnostic) {
    reported.add(Objects.requireNonNull(diagnostic));
  }

  /** Everything reported so far. */
  public List<Diagnostic> reported() {
    return List.copyOf(reported);
  }
}
