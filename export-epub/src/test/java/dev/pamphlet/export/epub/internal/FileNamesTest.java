package dev.pamphlet.export.epub.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names in the container are lowercase ASCII and unique ignoring case. */
class FileNamesTest {
  @Test
  void unsafeCharactersBecomeHyphensAndNonAsciiFallsBack() {
    FileNames names = new FileNames();
    assertThat(names.claim("Side effects & risks", "chapter", ".xhtml"))
        .isEqualTo("side-effects-risks.xhtml");
    assertThat(names.claim("υγεία", "chapter", ".xhtml")).isEqualTo("chapter.xhtml");
    assertThat(names.claim("健康", "chapter", ".xhtml")).isEqualTo("chapter-2.xhtml");
  }

  @Test
  void namesDifferingOnlyInCaseGetNumbered() {
    FileNames names = new FileNames();
    assertThat(names.claim("Intro", "chapter", ".xhtml")).isEqualTo("intro.xhtml");
    assertThat(names.claim("intro", "chapter", ".xhtml")).isEqualTo("intro-2.xhtml");
  }
}
