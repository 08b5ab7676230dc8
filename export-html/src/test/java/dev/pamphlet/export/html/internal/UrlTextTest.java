package dev.pamphlet.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UrlTextTest {
  @Test
  void pathSegmentsEncodeEverythingButUnreservedAsciiAndLetters() {
    assertThat(UrlText.pathSegment("side effects?&x")).isEqualTo("side%20effects%3F%26x");
    assertThat(UrlText.pathSegment("prévention")).isEqualTo("prévention");
  }

  @Test
  void fragmentsKeepSlashesForQualifiedIds() {
    assertThat(UrlText.fragment("article/section")).isEqualTo("article/section");
    assertThat(UrlText.fragment("a%b\u00A0c")).isEqualTo("a%25b%C2%A0c");
  }

  @Test
  void nonAsciiThatUrlsCannotHoldIsEncodedAndLettersAreKept() {
    // Found by fuzzing: bytes that were not UTF-8 reach an image path as U+FFFD.
    assertThat(UrlText.tidy("images/cells.png\uFFFDw")).isEqualTo("images/cells.png%EF%BF%BDw");
    assertThat(UrlText.tidy("a\u0085b\u200Bc\u3000d\uD800e")).isEqualTo(
        "a%C2%85b%E2%80%8Bc%E3%80%80d%EF%BF%BDe");
    assertThat(UrlText.tidy("https://例え.jp/prévention/😀")).isEqualTo(
        "https://例え.jp/prévention/😀");
  }

  @Test
  void aHashInsideTheFragmentIsEncodedAndTheFirstKept() {
    // Found by fuzzing: the Nu checker rejects a second '#'.
    assertThat(UrlText.tidy("other.m?d#dosi?d#dosing")).isEqualTo("other.m?d#dosi?d%23dosing");
    assertThat(UrlText.tidy("https://example.org/a#b")).isEqualTo("https://example.org/a#b");
    assertThat(UrlText.tidy("no-fragment?q=1")).isEqualTo("no-fragment?q=1");
  }
}
