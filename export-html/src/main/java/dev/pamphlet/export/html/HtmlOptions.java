package dev.pamphlet.export.html;

import java.util.Objects;

/**
 * The options of the {@link HtmlExporter}: immutable; build them with {@link #builder()}.
 *
 * <pre>{@code
 * HtmlOptions options = HtmlOptions.builder()
 *     .mode(HtmlMode.FRAGMENT)
 *     .headingStart(2)          // embedded under the host page's <h1>
 *     .idPrefix("leaflet-")
 *     .build();
 * }</pre>
 *
 * @param mode which files to write: fragments, standalone pages, or both (the default)
 * @param headingStart the heading level of a fragment's article title, 1 to 6 (default 1);
 *     sections go one level deeper per depth, and levels past 6 become
 *     {@code <div role="heading" aria-level="7">}. Standalone pages always start at 1.
 * @param idPrefix put in front of every element id, so two fragments on one page never collide
 *     (default none)
 * @param classPrefix put in front of every CSS class name (default {@code "pamphlet-"})
 * @param linkResolver the URL of a cross-reference to another article (default
 *     {@link LinkResolver#siblingPages(String) other-article.html#section})
 * @param externalLinksNewTab whether http(s) links open in a new tab, with
 *     {@code rel="noopener noreferrer"} (default false)
 * @param largePrint whether standalone pages use the large-print style sheet (18pt and more,
 *     1.5 line height, no italics); fragments get a {@code large-print} class (default false)
 */
public record HtmlOptions(HtmlMode mode, int headingStart, String idPrefix, String classPrefix,
    LinkResolver linkResolver, boolean externalLinksNewTab, boolean largePrint) {

  /** The defaults: both fragments and pages, headings from h1, class prefix "pamphlet-". */
  public static final HtmlOptions DEFAULTS = builder().build();

  public HtmlOptions {
    Objects.requireNonNull(mode, "mode");
    if (headingStart < 1 || headingStart > 6) {
      throw new IllegalArgumentException("headingStart must be 1 to 6, was " + headingStart);
    }
    Objects.requireNonNull(idPrefix, "idPrefix");
    if (!idPrefix.chars().allMatch(HtmlOptions::idCharacter)) {
      throw new IllegalArgumentException("idPrefix may not contain spaces, quotes, '#', '/' or"
          + " '<>': \"" + idPrefix + "\"");
    }
    Objects.requireNonNull(classPrefix, "classPrefix");
    if (!classPrefix.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '-'
        || c == '_')) {
      throw new IllegalArgumentException("classPrefix may hold only letters, digits, '-' and"
          + " '_': \"" + classPrefix + "\"");
    }
    Objects.requireNonNull(linkResolver, "linkResolver");
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  private static boolean idCharacter(int c) {
    return !Character.isWhitespace(c) && !Character.isISOControl(c) && c != '#' && c != '/'
        && c != '"' && c != '\'' && c != '<' && c != '>';
  }

  /** Builds {@link HtmlOptions}. Not thread-safe. */
  public static final class Builder {
    private HtmlMode mode = HtmlMode.BOTH;
    private int headingStart = 1;
    private String idPrefix = "";
    private String classPrefix = "pamphlet-";
    private LinkResolver linkResolver;
    private boolean externalLinksNewTab;
    private boolean largePrint;

    private Builder() {}

    public Builder mode(HtmlMode mode) {
      this.mode = mode;
      return this;
    }

    public Builder headingStart(int headingStart) {
      this.headingStart = headingStart;
      return this;
    }

    public Builder idPrefix(String idPrefix) {
      this.idPrefix = idPrefix;
      return this;
    }

    public Builder classPrefix(String classPrefix) {
      this.classPrefix = classPrefix;
      return this;
    }

    /** Sets the resolver; unset, links go to sibling pages ({@code other.html#section}). */
    public Builder linkResolver(LinkResolver linkResolver) {
      this.linkResolver = Objects.requireNonNull(linkResolver, "linkResolver");
      return this;
    }

    public Builder externalLinksNewTab(boolean externalLinksNewTab) {
      this.externalLinksNewTab = externalLinksNewTab;
      return this;
    }

    public Builder largePrint(boolean largePrint) {
      this.largePrint = largePrint;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException when a value is out of range
     */
    public HtmlOptions build() {
      Objects.requireNonNull(idPrefix, "idPrefix");
      LinkResolver resolver =
          linkResolver != null ? linkResolver : LinkResolver.siblingPages(idPrefix);
      return new HtmlOptions(mode, headingStart, idPrefix, classPrefix, resolver,
          externalLinksNewTab, largePrint);
    }
  }
}
