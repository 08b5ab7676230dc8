package dev.pamphlet.export.epub;

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
 */
public record EpubOptions(boolean largePrint, String identifier) {

  /** The defaults: normal print, derived identifier. */
  public static final EpubOptions DEFAULTS = builder().build();

  public EpubOptions {
    Objects.requireNonNull(identifier, "identifier");
    if (!identifier.equals(identifier.strip())
        || identifier.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException("identifier may not have surrounding spaces or control"
          + " characters: \"" + identifier + "\"");
    }
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link EpubOptions}. Not thread-safe. */
  public static final class Builder {
    private boolean largePrint;
    private String identifier = "";

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
     * The options.
     *
     * @throws IllegalArgumentException when a value is not allowed
     */
    public EpubOptions build() {
      return new EpubOptions(largePrint, identifier);
    }
  }
}
