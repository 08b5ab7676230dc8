package dev.pamphlet.export.epub;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The options of the {@link EpubExporter}: immutable; build them with {@link #builder()}.
 *
 * <pre>{@code
 * EpubOptions options = EpubOptions.builder()
 *     .largePrint(true)
 *     .identifier("urn:isbn:9780000000000")
 *     .build();
 * }</pre>
 *
 * @param largePrint whether the booklet uses the large-print style sheet (larger relative
 *     sizes, 1.5 line height, no italics) and says so in its accessibility metadata
 *     (default false)
 * @param identifier the booklet's unique identifier ({@code dc:identifier}), such as an ISBN
 *     URN; {@code ""} (the default) derives a {@code urn:uuid:} from the booklet's identity
 *     (title, organization, language and article ids), so rebuilding keeps it
 * @param pageMap the printed booklet's page numbers: for an article ({@code "article-id"}) or
 *     a section ({@code "article-id#section-id"}), the label of the printed page it starts on
 *     ({@code "4"}). When given, the chapters carry page-break markers and {@code nav.xhtml} a
 *     page list, so "page 4" means the same place in the e-book and on paper. Empty (the
 *     default) for none. Keys that name nothing in the booklet are reported
 *     ({@link EpubCodes#PAGE_TARGET_UNKNOWN}).
 */
public record EpubOptions(boolean largePrint, String identifier, Map<String, String> pageMap) {

  /** The defaults: normal print, derived identifier. */
  public static final EpubOptions DEFAULTS = builder().build();

  public EpubOptions {
    Objects.requireNonNull(identifier, "identifier");
    if (!identifier.equals(identifier.strip())
        || identifier.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("identifier may not have surrounding spaces or control"
          + " characters: \"" + identifier + "\"");
    }
    pageMap = Map.copyOf(pageMap);
    pageMap.forEach((target, label) -> {
      if (target.isBlank() || label.isBlank() || !label.equals(label.strip())) {
        throw new IllegalArgumentException("pageMap: \"" + target + "\" → \"" + label
            + "\": targets and page labels may not be blank, labels not padded with spaces");
      }
    });
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EpubOptions}. Not thread-safe. */
  public static final class Builder {
    private boolean largePrint;
    private String identifier = "";
    private final Map<String, String> pageMap = new LinkedHashMap<>();

    private Builder() {}

    public Builder largePrint(boolean largePrint) {
      this.largePrint = largePrint;
      return this;
    }

    /** Sets the unique identifier; {@code ""} derives one from the booklet. */
    public Builder identifier(String identifier) {
      this.identifier = Objects.requireNonNull(identifier, "identifier");
      return this;
    }

    /**
     * Says that article {@code target} ({@code "article-id"}) or section
     * ({@code "article-id#section-id"}) starts on printed page {@code label}.
     */
    public Builder page(String target, String label) {
      pageMap.put(Objects.requireNonNull(target, "target"), Objects.requireNonNull(label,
          "label"));
      return this;
    }

    /** Adds every entry of {@code pages} (target → printed page label). */
    public Builder pageMap(Map<String, String> pages) {
      pages.forEach(this::page);
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException when a value is not allowed
     */
    public EpubOptions build() {
      return new EpubOptions(largePrint, identifier, pageMap);
    }
  }
}
