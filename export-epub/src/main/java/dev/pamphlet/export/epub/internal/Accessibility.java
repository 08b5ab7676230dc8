package dev.pamphlet.export.epub.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * The booklet's accessibility metadata (EPUB Accessibility 1.1, schema.org vocabulary), each
 * claim derived from what the booklet holds rather than stated as a constant. Internal: not
 * part of the API.
 *
 * @param accessModes how the content is perceived: {@code textual}, plus {@code visual} when
 *     it carries images
 * @param accessModesSufficient the sets of modes enough to read it all: {@code textual} only
 *     when every image has a text alternative
 * @param features the accessibility features present
 * @param hazards {@code none}: no flashing, sound or motion in a booklet of text and still
 *     images
 * @param summary a human-readable summary of the above
 * @param conformsTo the conformance claim, or {@code ""} when the content cannot meet it (an
 *     image without a text alternative fails WCAG 1.1.1)
 */
record Accessibility(List<String> accessModes, List<String> accessModesSufficient,
    List<String> features, List<String> hazards, String summary, String conformsTo) {

  /** The conformance statement of EPUB Accessibility 1.1 at WCAG 2.1 level AA. */
  static final String EPUB_A11Y_11_WCAG_21_AA = "EPUB Accessibility 1.1 - WCAG 2.1 Level AA";

  /**
   * What a booklet holds, as far as accessibility metadata cares.
   *
   * @param chapters the number of chapters (articles)
   * @param imageAlts the text alternative of each image the booklet carries (figures and cover)
   * @param imagesShownAsText figures whose image could not be carried: their text is shown
   * @param notes whether there are footnotes
   * @param largePrint whether the large-print style sheet is used
   * @param pageList whether print page numbers (a page list and page-break markers) are given
   */
  record Content(int chapters, List<String> imageAlts, int imagesShownAsText, boolean notes,
      boolean largePrint, boolean pageList) {
    Content {
      imageAlts = List.copyOf(imageAlts);
    }
  }

  /** The metadata for {@code content}. */
  static Accessibility of(Content content) {
    int images = content.imageAlts().size();
    long withoutAlt = content.imageAlts().stream().filter(String::isBlank).count();
    boolean allDescribed = withoutAlt == 0;

    List<String> modes = new ArrayList<>(List.of("textual"));
    List<String> sufficient = new ArrayList<>();
    if (images > 0) {
      modes.add("visual");
      if (allDescribed) {
        sufficient.add("textual");
      }
      sufficient.add("textual,visual");
    } else {
      sufficient.add("textual");
    }

    List<String> features = new ArrayList<>(List.of("structuralNavigation", "tableOfContents",
        "readingOrder", "displayTransformability"));
    if (images > 0 && allDescribed) {
      features.add("alternativeText");
    }
    if (content.largePrint()) {
      features.add("largePrint");
    }
    if (content.pageList()) {
      features.add("pageBreakMarkers");
      features.add("pageNavigation");
    }
    return new Accessibility(List.copyOf(modes), List.copyOf(sufficient),
        List.copyOf(features), List.of("none"), summary(content, images, withoutAlt),
        allDescribed ? EPUB_A11Y_11_WCAG_21_AA : "");
  }

  private static String summary(Content content, int images, long withoutAlt) {
    StringBuilder out = new StringBuilder();
    out.append("This booklet has ").append(count(content.chapters(), "chapter"))
        .append(". A table of contents and headings let you move through it, and the text"
            + " follows one reading order.");
    if (images > 0) {
      out.append(' ').append(withoutAlt == 0
          ? "Each of its " + count(images, "image") + " has a text description."
          : withoutAlt + " of its " + count(images, "image") + " have no text description.");
    } else {
      out.append(" It has no images.");
    }
    if (content.imagesShownAsText() > 0) {
      out.append(' ').append(content.imagesShownAsText() == 1
          ? "One figure is shown as its text description only."
          : content.imagesShownAsText() + " figures are shown as their text descriptions only.");
    }
    if (content.notes()) {
      out.append(" Footnotes link to their notes and back.");
    }
    out.append(" Text size and fonts follow your reading settings.");
    if (content.largePrint()) {
      out.append(" This is the large-print edition.");
    }
    if (content.pageList()) {
      out.append(" Page numbers match the printed booklet.");
    }
    out.append(" There are no flashing, sound or motion hazards.");
    if (withoutAlt == 0) {
      out.append(" It is meant to meet WCAG 2.1 Level AA.");
    }
    return out.toString();
  }

  private static String count(long n, String noun) {
    return n == 1 ? "1 " + noun : n + " " + noun + "s";
  }
}
