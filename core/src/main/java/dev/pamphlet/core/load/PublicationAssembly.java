package dev.pamphlet.core.load;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects what the loader reads, in order, into one publication: articles, diagnostics,
 * source maps, the file of each article, and the booklet's metadata. Not thread-safe: one per
 * {@link SourceLoader#load} call.
 */
final class PublicationAssembly {
  private final List<Diagnostic> diagnostics;
  private final List<Article> articles = new ArrayList<>();
  private final List<SourceMap> maps = new ArrayList<>();
  private final Map<String, String> files = new LinkedHashMap<>();
  private Metadata booklet;
  private boolean numbered;

  PublicationAssembly(List<Diagnostic> planProblems) {
    diagnostics = new ArrayList<>(planProblems);
  }

  /** Booklet metadata from a manifest or a JSON publication: the first one offered wins. */
  void offer(Metadata metadata, boolean numbered) {
    if (booklet == null) {
      booklet = metadata;
      this.numbered = numbered;
    }
  }

  void problems(List<Diagnostic> found) {
    diagnostics.addAll(found);
  }

  /** An article read from {@code file} (a display path). */
  void article(ReadResult<Article> read, String file) {
    diagnostics.addAll(read.diagnostics());
    add(read.value(), file);
    maps.add(read.sourceMap());
  }

  /** The articles of a publication read from {@code file}. */
  void articles(ReadResult<Publication> read, String file) {
    diagnostics.addAll(read.diagnostics());
    read.value().articles().forEach(article -> add(article, file));
    maps.add(read.sourceMap());
  }

  private void add(Article article, String file) {
    articles.add(article);
    // A repeated id is the validator's to report; like the Index, the first one counts.
    files.putIfAbsent(article.id(), file);
  }

  /**
   * The publication: the booklet metadata offered first, else the first article's metadata.
   */
  ReadResult<Publication> result() {
    Metadata metadata = booklet != null ? booklet
        : articles.isEmpty() ? Metadata.EMPTY : articles.get(0).metadata();
    SourceMap.Builder articleFiles = SourceMap.builder();
    files.forEach(articleFiles::article);
    List<SourceMap> all = new ArrayList<>(maps);
    all.add(articleFiles.build());
    return new ReadResult<>(new Publication(metadata, articles, numbered), diagnostics,
        mergeAll(all));
  }

  /**
   * Merges pairwise, left to right, so a booklet of many articles copies each position
   * log(n) times rather than n times.
   */
  private static SourceMap mergeAll(List<SourceMap> maps) {
    List<SourceMap> level = maps;
    while (level.size() > 1) {
      List<SourceMap> next = new ArrayList<>((level.size() + 1) / 2);
      for (int i = 0; i < level.size(); i += 2) {
        next.add(i + 1 < level.size() ? level.get(i).merge(level.get(i + 1)) : level.get(i));
      }
      level = next;
    }
    return level.isEmpty() ? SourceMap.EMPTY : level.get(0);
  }
}
