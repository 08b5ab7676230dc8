package dev.pamphlet.core.validate;

import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * BCP 47 language tags, as metadata carries them ({@code "en"}, {@code "pt-BR"},
 * {@code "zh-Hant-TW"}). Exporters need a well-formed tag for {@code lang} attributes, the PDF
 * catalog and the EPUB package.
 */
public final class LanguageTags {
  private LanguageTags() {}

  /**
   * Whether {@code tag} is a well-formed BCP 47 tag: {@code "en-GB"} is, {@code "en_GB"},
   * {@code "english language"} and {@code ""} are not. Well-formed, not registered: a
   * well-formed tag for a language nobody has heard of passes.
   */
  public static boolean isWellFormed(String tag) {
    if (tag == null || tag.isEmpty()) {
      return false;
    }
    try {
      // Locale.Builder checks the BCP 47 syntax strictly (Locale.forLanguageTag never fails).
      new Locale.Builder().setLanguageTag(tag);
      return true;
    } catch (IllformedLocaleException e) {
      return false;
    }
  }
}
