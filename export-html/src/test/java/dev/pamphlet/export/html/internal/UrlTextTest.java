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
}
