package dev.pamphlet.core.validate;

/**
 * The stable codes of the diagnostics {@link Validator} reports. Tools and tests may rely on
 * them; their messages may change.
 */
public final class ValidationCodes {
  private ValidationCodes() {}

  /** A cross-reference to an article or section that does not exist (error). */
  public static final String XREF_DANGLING = "xref.dangling";
  /** An article id used twice in a publication, or a section id twice in an article (error). */
  public static final String ID_DUPLICATE = "id.duplicate";
  /** A figure without a text alternative (error). */
  public static final String FIGURE_ALT_MISSING = "figure.alt-missing";
  /** A figure without an image source (error). */
  public static final String FIGURE_SOURCE_MISSING = "figure.source-missing";
  /** A section with no content (warning). */
  public static final String SECTION_EMPTY = "section.empty";
  /** A section whose title is empty (warning). */
  public static final String SECTION_UNTITLED = "section.untitled";
  /** A link whose scheme is not on the allow-list of {@link UrlPolicy} (error). */
  public static final String LINK_UNSAFE_SCHEME = "link.unsafe-scheme";
  /**
   * A link whose URL no browser can follow: a misspelled scheme, or an http(s) host name with
   * characters no host name can have ({@link UrlPolicy#malformation}; error).
   */
  public static final String LINK_MALFORMED_URL = "link.malformed-url";
  /** A link with an empty URL (error). */
  public static final String LINK_EMPTY_URL = "link.empty-url";
  /** An article with no title, even after inheriting from the publication (error). */
  public static final String METADATA_TITLE_MISSING = "metadata.title-missing";
  /** An article with no language, even after inheriting from the publication (warning). */
  public static final String METADATA_LANGUAGE_MISSING = "metadata.language-missing";
  /** A language that is not a well-formed BCP 47 tag (error). */
  public static final String METADATA_LANGUAGE_INVALID = "metadata.language-invalid";
  /**
   * An article nested deeper than {@link dev.pamphlet.core.model.Nesting#MAX_DEPTH} levels
   * (error). The article is not checked further, and exporters refuse to write it whatever the
   * error policy.
   */
  public static final String NESTING_TOO_DEEP = "nesting.too-deep";
  /** A publication with no articles (error). */
  public static final String PUBLICATION_EMPTY = "publication.empty";
}
