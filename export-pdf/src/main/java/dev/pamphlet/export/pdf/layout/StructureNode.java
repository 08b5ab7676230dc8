package dev.pamphlet.export.pdf.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One element of the tagged-PDF structure tree (Document, Sect, H2, P, L, LI, Link, Figure …),
 * built by the layout beside the boxes so every drawn line knows what it belongs to. Content is
 * attached by the renderer; this tree only holds the elements and their order. Built on one
 * thread during one layout, then read.
 */
public final class StructureNode {
  private final String role;
  private final StructureNode parent;
  private final int index;
  private final List<StructureNode> children = new ArrayList<>();
  private String alt = "";
  private String elementId = "";
  private boolean columnHeader;

  private StructureNode(String role, StructureNode parent, int index) {
    this.role = role;
    this.parent = parent;
    this.index = index;
  }

  /** A root element ({@code Document}). */
  public static StructureNode root(String role) {
    return new StructureNode(role, null, 0);
  }

  /** Adds a child element of the given standard structure type and returns it. */
  public StructureNode add(String role) {
    StructureNode child = new StructureNode(role, this, children.size());
    children.add(child);
    return child;
  }

  public String role() {
    return role;
  }

  /** The parent, or null for the root. */
  public StructureNode parent() {
    return parent;
  }

  /** Its position among its parent's children. */
  public int index() {
    return index;
  }

  public List<StructureNode> children() {
    return Collections.unmodifiableList(children);
  }

  /** The alternative text (figures, formulas); {@code ""} for none. */
  public String alt() {
    return alt;
  }

  public StructureNode alt(String alt) {
    this.alt = alt;
    return this;
  }

  /** The element identifier (notes need one in PDF/UA); {@code ""} for none. */
  public String elementId() {
    return elementId;
  }

  public StructureNode elementId(String id) {
    this.elementId = id;
    return this;
  }

  /** Whether this is a {@code TH} whose scope is its column. */
  public boolean columnHeader() {
    return columnHeader;
  }

  public StructureNode columnHeader(boolean columnHeader) {
    this.columnHeader = columnHeader;
    return this;
  }

  @Override
  public String toString() {
    return role + children;
  }
}
