package dev.pamphlet.export.epub.internal;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.xref.Target;
import dev.pamphlet.export.epub.EpubCodes;
import dev.pamphlet.export.html.HtmlWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Print page numbers in the e-book: a page-break marker ({@code epub:type="pagebreak"},
 * {@code role="doc-pagebreak"}) where each article or section that starts a new printed page
 * begins, and the page list that leads to them. Internal: not part of the API.
 *
 * <p>Targets are taken in reading order; a marker is placed only where the page label
 * changes, so a page on which three sections start is marked once, at the first. A section's
 * marker goes first inside its element, an article's first in the chapter's body.
 */
final class PageBreaks {
  /** One marker: its page label, the chapter it is in, and its element id there. */
  record Marker(String label, int chapter, String id, Target target) {}

  private final List<Marker> markers;

  private PageBreaks(List<Marker> markers) {
    this.markers = List.copyOf(markers);
  }

  /** No page numbers. */
  static final PageBreaks NONE = new PageBreaks(List.of());

  /**
   * Plans the markers for {@code pageMap} (target key → page label). Keys that match no
   * article or section are reported to {@code context}.
   */
  static PageBreaks plan(Map<String, String> pageMap, ExportContext context) {
    if (pageMap.isEmpty()) {
      return NONE;
    }
    Map<String, Integer> chapterOf = new HashMap<>();
    List<String> articleIds = context.publication().articles().stream()
        .map(a -> a.id()).toList();
    for (int i = articleIds.size() - 1; i >= 0; i--) {
      chapterOf.put(articleIds.get(i), i);
    }
    Set<String> known = new HashSet<>();
    Map<Integer, Set<String>> usedIds = new HashMap<>();
    List<Marker> markers = new ArrayList<>();
    String previous = null;
    for (Target target : context.index().targets()) {
      known.add(target.key());
      String label = pageMap.get(target.key());
      Integer chapter = chapterOf.get(target.article());
      if (label == null || chapter == null || label.equals(previous)) {
        continue;
      }
      previous = label;
      Set<String> used = usedIds.computeIfAbsent(chapter, c -> sectionIds(context,
          target.article()));
      String id = "print-page-" + FileNames.safe(label);
      for (int n = 2; !used.add(id); n++) {
        id = "print-page-" + FileNames.safe(label) + "-" + n;
      }
      markers.add(new Marker(label, chapter, id, target));
    }
    for (String key : new TreeSet<>(pageMap.keySet())) {
      if (!known.contains(key)) {
        context.report(Diagnostic.warning(EpubCodes.PAGE_TARGET_UNKNOWN, "the page map names \""
            + key + "\", which is no article or section of this booklet; it was left out",
            SourcePosition.UNKNOWN));
      }
    }
    return new PageBreaks(markers);
  }

  private static Set<String> sectionIds(ExportContext context, String articleId) {
    Set<String> ids = new HashSet<>();
    context.index().sections(articleId).forEach(t -> ids.add(t.section()));
    return ids;
  }

  /** Whether there are any page numbers. */
  boolean isEmpty() {
    return markers.isEmpty();
  }

  /** The markers in reading order. */
  List<Marker> markers() {
    return markers;
  }

  /**
   * {@code xhtml}, the chapter at {@code chapter}, with its markers inserted.
   *
   * @throws IllegalStateException when a section's element is not in the chapter (a bug)
   */
  String insert(int chapter, String xhtml) {
    StringBuilder out = new StringBuilder(xhtml);
    // From the end, so earlier insertion points stay where they were found.
    List<int[]> insertions = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (Marker marker : markers) {
      if (marker.chapter() != chapter) {
        continue;
      }
      int at = insertionPoint(xhtml, marker.target());
      insertions.add(new int[] {at, insertions.size()});
      texts.add(markup(marker));
    }
    insertions.sort((a, b) -> a[0] != b[0] ? Integer.compare(b[0], a[0])
        : Integer.compare(b[1], a[1]));
    for (int[] insertion : insertions) {
      out.insert(insertion[0], texts.get(insertion[1]));
    }
    return out.toString();
  }

  private static int insertionPoint(String xhtml, Target target) {
    int tag;
    if (target.isArticle()) {
      tag = xhtml.indexOf("<body");
    } else {
      tag = xhtml.indexOf(" id=\"" + attributeText(target.section()) + "\"");
    }
    if (tag < 0) {
      throw new IllegalStateException("no element for " + target.key() + " in its chapter");
    }
    return xhtml.indexOf('>', tag) + 1;
  }

  private static String markup(Marker marker) {
    StringBuilder text = new StringBuilder();
    HtmlWriter.xhtml(text).start("span").attribute("id", marker.id())
        .attribute("epub:type", "pagebreak").attribute("role", "doc-pagebreak")
        .attribute("aria-label", marker.label()).end("span");
    return text.toString();
  }

  /** {@code value} escaped as the HTML writer escapes attribute values. */
  private static String attributeText(String value) {
    StringBuilder text = new StringBuilder();
    HtmlWriter.xhtml(text).start("p").attribute("id", value);
    String written = text.toString();
    return written.substring("<p id=\"".length(), written.length() - 1);
  }
}
