package dev.pamphlet.export.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which languages set a page right to left; a malformed tag is simply not one of them. */
class XhtmlPageTest {
  @Test
  void rightToLeftLanguagesAndScripts() {
    assertThat(XhtmlPage.isRightToLeft("ar")).isTrue();
    assertThat(XhtmlPage.isRightToLeft("he-IL")).isTrue();
    assertThat(XhtmlPage.isRightToLeft("az-Arab")).isTrue();
    assertThat(XhtmlPage.isRightToLeft("ku-Latn")).isFalse();
    assertThat(XhtmlPage.isRightToLeft("en")).isFalse();
  }

  @Test
  void aMalformedTagIsLeftToRightNotAnException() {
    // Found by fuzzing: "language: --" made the EPUB exporter throw.
    for (String tag : new String[] {"--", "-", "", "-ar", "ar-"}) {
      assertThat(XhtmlPage.isRightToLeft(tag)).as(tag).isEqualTo(tag.equals("ar-"));
    }
  }
}
