package dev.pamphlet.export.pdf.render;

import dev.pamphlet.export.pdf.layout.StructureNode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkInfo;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDMarkedContentReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDObjectReference;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureTreeRoot;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDMarkedContent;
import org.apache.pdfbox.pdmodel.documentinterchange.taggedpdf.PDTableAttributeObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;

/**
 * Writes the structure tree of a tagged PDF from the layout's {@link StructureNode}s. Elements
 * are created when their first content is drawn, so each element's kids (marked content and
 * child elements) come in reading order; an element with no content of its own (an empty table
 * cell) is placed before the next sibling that has some, or at the end. Keeps the parent tree
 * that maps marked content and annotations back to their elements. One per document.
 */
final class TagWriter {
  private final PDStructureTreeRoot root = new PDStructureTreeRoot();
  private final Map<StructureNode, PDStructureElement> elements = new IdentityHashMap<>();
  /** By parent: how many of its children have elements (they are created in order). */
  private final Map<StructureNode, Integer> created = new IdentityHashMap<>();
  private final List<COSArray> pageContent = new ArrayList<>();
  private final Map<Integer, COSBase> annotations = new TreeMap<>();
  private StructureNode documentNode;
  private int nextKey;

  TagWriter(PDDocument document, StructureNode documentNode, int pages) {
    this.documentNode = documentNode;
    document.getDocumentCatalog().setStructureTreeRoot(root);
    PDMarkInfo markInfo = new PDMarkInfo();
    markInfo.setMarked(true);
    document.getDocumentCatalog().setMarkInfo(markInfo);
    for (int i = 0; i < pages; i++) {
      pageContent.add(new COSArray());
    }
    nextKey = pages;
  }

  /** Records marked content on page {@code pageIndex} for {@code node}; returns its MCID. */
  int markedContent(StructureNode node, PDPage page, int pageIndex) {
    PDStructureElement element = element(node);
    COSArray content = pageContent.get(pageIndex);
    int mcid = content.size();
    content.add(element);
    COSDictionary elementDict = element.getCOSObject();
    if (!elementDict.containsKey(COSName.PG)) {
      elementDict.setItem(COSName.PG, page);
    }
    if (elementDict.getDictionaryObject(COSName.PG) == page.getCOSObject()) {
      // A bare MCID on the element's own page: a reference dictionary per piece of text
      // would cost a booklet of thousands of pages tens of megabytes of heap.
      COSDictionary properties = new COSDictionary();
      properties.setInt(COSName.MCID, mcid);
      element.appendKid(PDMarkedContent.create(COSName.P, properties));
    } else {
      PDMarkedContentReference reference = new PDMarkedContentReference();
      reference.setMCID(mcid);
      reference.setPage(page);
      element.appendKid(reference);
    }
    return mcid;
  }

  /** Attaches an annotation (a link's) to {@code node}. */
  void annotation(StructureNode node, PDAnnotation annotation, PDPage page) {
    PDStructureElement element = element(node);
    int key = nextKey++;
    annotation.setStructParent(key);
    annotations.put(key, element.getCOSObject());
    COSDictionary dictionary = new CompactDictionary();
    dictionary.setName(COSName.TYPE, PDObjectReference.TYPE);
    PDObjectReference reference = new PDObjectReference(dictionary);
    reference.setReferencedObject(annotation);
    reference.getCOSObject().setItem(COSName.PG, page);
    element.appendKid(reference);
  }

  /** Creates the elements nothing was drawn for, and writes the parent tree. Call it once. */
  void finish() {
    attachAll(documentNode);
    COSArray nums = new COSArray();
    for (int i = 0; i < pageContent.size(); i++) {
      nums.add(COSInteger.get(i));
      nums.add(pageContent.get(i));
    }
    annotations.forEach((key, element) -> {
      nums.add(COSInteger.get(key));
      nums.add(element);
    });
    COSDictionary parentTree = new COSDictionary();
    parentTree.setItem(COSName.NUMS, nums);
    root.getCOSObject().setItem(COSName.PARENT_TREE, parentTree);
    root.setParentTreeNextKey(nextKey);
    // The PDF objects are complete; the layout's tree and the lookups go before the file is
    // saved, when the heap is at its fullest.
    documentNode = null;
    elements.clear();
    created.clear();
    pageContent.clear();
    annotations.clear();
  }

  private void attachAll(StructureNode node) {
    element(node);
    node.children().forEach(this::attachAll);
  }

  private PDStructureElement element(StructureNode node) {
    PDStructureElement element = elements.get(node);
    if (element != null) {
      return element;
    }
    if (node.parent() == null) {
      element = newElement(node.role(), root);
      root.appendKid(element);
    } else {
      PDStructureElement parent = element(node.parent());
      List<StructureNode> siblings = node.parent().children();
      // Earlier siblings with no content so far are created now, to keep document order.
      for (int i = created.getOrDefault(node.parent(), 0); i < node.index(); i++) {
        if (!elements.containsKey(siblings.get(i))) {
          create(siblings.get(i), parent);
        }
      }
      created.merge(node.parent(), node.index() + 1, Math::max);
      element = create(node, parent);
    }
    elements.put(node, element);
    return element;
  }

  private PDStructureElement create(StructureNode node, PDStructureElement parent) {
    PDStructureElement element = newElement(node.role(), parent);
    parent.appendKid(element);
    if (!node.alt().isEmpty()) {
      element.setAlternateDescription(node.alt());
    }
    if (!node.elementId().isEmpty()) {
      element.setElementIdentifier(node.elementId());
    }
    if (node.columnHeader()) {
      PDTableAttributeObject attributes = new PDTableAttributeObject();
      attributes.setScope(PDTableAttributeObject.SCOPE_COLUMN);
      element.addAttribute(attributes);
    }
    elements.put(node, element);
    return element;
  }

  /** What {@code new PDStructureElement(role, parent)} makes, in a compact dictionary. */
  private static PDStructureElement newElement(String role, PDStructureNode parent) {
    COSDictionary dictionary = new CompactDictionary();
    dictionary.setName(COSName.TYPE, PDStructureElement.TYPE);
    PDStructureElement element = new PDStructureElement(dictionary);
    element.setStructureType(role);
    element.setParent(parent);
    return element;
  }
}
