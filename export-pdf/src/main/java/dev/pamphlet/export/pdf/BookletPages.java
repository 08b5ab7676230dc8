package dev.pamphlet.export.pdf;

import dev.pamphlet.core.xref.Index;
import dev.pamphlet.core.xref.Target;
import dev.pamphlet.export.pdf.layout.PageMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The printed page of the booklet PDF on which every article and section starts, by target:
 * {@code "article-id"} or {@code "article-id#section-id"} — the keys the EPUB exporter's page
 * map takes, so an e-book can say "page 4" and mean the printed page 4. Page numbers count
 * from the title page (page 1), as the booklet's footers do.
 *
 * <pre>{@code
 * BookletPages pages = new PdfExporter(options).bookletPages(context);
 * EpubOptions epub = EpubOptions.builder().pageMap(pages.labels()).build();
 * }</pre>
 *
 * @param pages the page number of each target, in document order
 */
public record BookletPages(Map<String, Integer> pages) {
  public BookletPages {
    pages = Collections.unmodifiableMap(new LinkedHashMap<>(pages));
  }

  /** The pages of the index's targets that the layout placed. */
  static BookletPages of(Index index, PageMap layout) {
    Map<String, Integer> pages = new LinkedHashMap<>();
    for (Target target : index.targets()) {
      String key = target.key();
      layout.page(key).ifPresent(page -> pages.put(key, page));
    }
    return new BookletPages(pages);
  }

  /** The page {@code target} starts on, if the booklet has it. */
  public OptionalInt page(String target) {
    Integer page = pages.get(target);
    return page == null ? OptionalInt.empty() : OptionalInt.of(page);
  }

  /** The pages as printed labels ({@code "4"}), in document order. */
  public Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    pages.forEach((target, page) -> labels.put(target, Integer.toString(page)));
    return labels;
  }

  /** The pages as {@code target=page} pairs separated by spaces: the EPUB page-map option. */
  public String asOption() {
    StringBuilder out = new StringBuilder();
    pages.forEach((target, page) -> out.append(out.isEmpty() ? "" : " ").append(target)
        .append('=').append(page));
    return out.toString();
  }
}
