package dev.pamphlet.export.epub.internal;

import io.documentnode.epub4j.domain.Identifier;
import io.documentnode.epub4j.domain.Resource;
import io.documentnode.epub4j.domain.TOCReference;
import io.documentnode.epub4j.domain.TableOfContents;
import io.documentnode.epub4j.epub.NCXDocument;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The NCX table of contents ({@code toc.ncx}) that EPUB 2 reading systems use, written by
 * epub4j from its book model: the same entries as {@code nav.xhtml}, headed by the title page.
 * Internal: not part of the API.
 *
 * <p>epub4j names the identifier's meta {@code dtb:} plus its scheme, so the scheme is
 * {@code uid}: the NCX then carries the {@code dtb:uid} that must equal the package
 * document's unique identifier. Authors are left out: epub4j writes them as
 * "last, first", which mangles organization names.
 */
final class NcxDocument {
  private NcxDocument() {}

  /** The NCX document's bytes (UTF-8). */
  static byte[] write(BookFacts book, String identifier, List<TocEntry> contents)
      throws IOException {
    Map<String, Resource> resources = new HashMap<>();
    List<TOCReference> references = new ArrayList<>();
    references.add(new TOCReference("Title page",
        resources.computeIfAbsent(BookLayout.TITLE_PAGE, Resource::new)));
    for (TocEntry entry : contents) {
      references.add(reference(entry, resources));
    }
    Resource ncx = NCXDocument.createNCXResource(List.of(new Identifier("uid", identifier)),
        book.title(), List.of(), new TableOfContents(references));
    return ncx.getData();
  }

  private static TOCReference reference(TocEntry entry, Map<String, Resource> resources) {
    Resource file = resources.computeIfAbsent(entry.file(), Resource::new);
    TOCReference reference = new TOCReference(entry.label(), file,
        entry.fragment().isEmpty() ? null : entry.fragment());
    List<TOCReference> children = new ArrayList<>();
    for (TocEntry child : entry.children()) {
      children.add(reference(child, resources));
    }
    reference.setChildren(children);
    return reference;
  }
}
