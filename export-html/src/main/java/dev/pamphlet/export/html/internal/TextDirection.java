package dev.pamphlet.export.html.internal;

import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.Inlines;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writing direction in the markup. An article in a right-to-left language gets
 * {@code dir="rtl"}, which its blocks inherit; in other articles a block holding right-to-left
 * letters gets {@code dir="auto"}, so the browser sets it by its first strong character (a
 * Hebrew paragraph in an English article reads from the right, an English sentence quoting one
 * Hebrew word does not). Text without such letters gets no attribute, so left-to-right markup
 * is unchanged. The PDF exporter follows the same rule.
 */
final class TextDirection {
  /** Primary language subtags written right to left. */
  private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "arc", "ckb", "dv", "fa", "he",
      "iw", "ps", "sd", "syr", "ug", "ur", "yi");

  private TextDirection() {}

  /** Whether the BCP 47 tag names a language written right to left. */
  static boolean rightToLeft(String languageTag) {
    int dash = languageTag.indexOf('-');
    String primary = dash < 0 ? languageTag : languageTag.substring(0, dash);
    return RIGHT_TO_LEFT.contains(primary.toLowerCase(Locale.ROOT));
  }

  /** Whether the inlines' text has a right-to-left letter (Hebrew, Arabic, …). */
  static boolean hasRightToLeft(List<Inline> inlines) {
    String text = Inlines.plainText(inlines);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\u0590') {
        byte direction = Character.getDirectionality(c);
        if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
            || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
          return true;
        }
      }
    }
    return false;
  }
}
