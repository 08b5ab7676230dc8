package dev.pamphlet.export.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SafeUrlsTest {
  @ParameterizedTest
  @ValueSource(strings = {"https://example.org/a?b=c#d", "http://example.org", "HTTPS://X.ORG",
      "mailto:care@example.org", "tel:+15550100", "other.html#section", "#section",
      "/patients/leaflet", "../images/room.jpg", "//cdn.example.org/a.png", "images/a:b.png",
      "?page=2", ""})
  void allowedSchemesAndRelativeUrlsPass(String url) {
    assertThat(SafeUrls.allowed(url)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", " javascript:alert(1)",
      "java\tscript:alert(1)", "java\nscript:alert(1)", "\u0001javascript:alert(1)",
      "vbscript:msgbox(1)", "data:text/html;base64,PHNjcmlwdD4=", "DATA:image/svg+xml,<svg/>",
      "file:///etc/passwd", "ftp://example.org", "jAvA\r\nsCrIpT:x",
      "&#106;avascript:alert(1)", "%6Aavascript:alert(1)", "ｊａｖａｓｃｒｉｐｔ:alert(1)"})
  void otherSchemesAndTheirObfuscationsAreRefused(String url) {
    assertThat(SafeUrls.allowed(url)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org/a b|https://example.org/a%20b",
      "https://example.org/\"q\"|https://example.org/%22q%22",
      "https://example.org/100%|https://example.org/100%25",
      "https://example.org/%41|https://example.org/%41",
      "'  https://example.org/ '|https://example.org/",
      "https://example.org/?q=][x]|https://example.org/?q=%5D%5Bx%5D",
      "http://[::1]:8080/[a]|http://[::1]:8080/%5Ba%5D"})
  void allowedUrlsAreMadeValidWithoutChangingWhereTheyLead(String url, String expected) {
    assertThat(SafeUrls.allowed(url)).contains(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"https://x.org|true", "HTTP://x.org|true",
      "mailto:a@b.org|false", "page.html|false", "//x.org|false"})
  void onlyAbsoluteWebUrlsAreExternal(String url, boolean external) {
    assertThat(SafeUrls.isExternal(url)).isEqualTo(external);
  }
}
