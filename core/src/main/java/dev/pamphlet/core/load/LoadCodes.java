package dev.pamphlet.core.load;

/**
 * The stable codes of the diagnostics the loader reports. Tools and tests may rely on them.
 */
public final class LoadCodes {
  /** {@code booklet.yaml} is not valid YAML (error). */
  public static final String SYNTAX = "manifest.syntax";
  /** A key of {@code booklet.yaml} is given twice (error). */
  public static final String DUPLICATE_KEY = "manifest.duplicate-key";
  /** A key of {@code booklet.yaml} that Pamphlet does not know, likely a typo (warning). */
  public static final String UNKNOWN_KEY = "manifest.unknown-key";
  /**
   * A value of the wrong kind, such as a date that is not {@code YYYY-MM-DD} (error). The same
   * code as the readability rules' {@code plain-language} part of the manifest uses.
   */
  public static final String BAD_VALUE = "manifest.bad-value";
  /** The manifest lists an article file that does not exist (error). */
  public static final String MISSING_ARTICLE = "manifest.missing-article";
  /** The manifest lists the same article file twice; it is read once (warning). */
  public static final String DUPLICATE_ARTICLE = "manifest.duplicate-article";
  /** An article file in the folder that the manifest does not list; left out (warning). */
  public static final String UNLISTED_ARTICLE = "manifest.unlisted-article";
  /** A file that is not UTF-8; read with replacement characters (error). */
  public static final String ENCODING = dev.pamphlet.core.diagnostic.DecodedSource.ENCODING;
  /** A source file of a kind Pamphlet does not read, such as {@code .txt} (error). */
  public static final String UNSUPPORTED = "source.unsupported";

  private LoadCodes() {}
}
