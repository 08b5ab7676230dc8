package dev.pamphlet.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The link allow-list, including the obfuscations browsers and HTML pipelines forgive. Each
 * unsafe case is written the way an attacker would write it; Java escapes stand for the
 * control characters.
 */
class UrlPolicyTest {
  @ParameterizedTest
  @ValueSource(strings = {
      "https://example.org",
      "HTTPS://EXAMPLE.ORG/Path",
      "http://example.org:8080/a?b=c#d",
      "mailto:care@example.org?subject=Help",
      "tel:+1-555-0100",
      "side-effects.html",
      "../side-effects.html#risks",
      "/handouts/care.pdf",
      "#top",
      "?page=2",
      "//example.org/protocol-relative",
      "images/a:b.png",
      "",
  })
  void safeUrls(String url) {
    assertThat(UrlPolicy.isSafe(url)).as(url).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "javascript:alert(1)",
      "JaVaScRiPt:alert(1)",
      "  javascript:alert(1)",
      "\tjavascript:alert(1)",
      "\u0001javascript:alert(1)",
      "java\tscript:alert(1)",
      "java\nscript:alert(1)",
      "java\rscript:alert(1)",
      "java\u0000script:alert(1)",
      "java\u200bscript:alert(1)",
      "javascript\u00a0:alert(1)",
      "javascript :alert(1)",
      "&#106;avascript:alert(1)",
      "&#x6A;avascript:alert(1)",
      "&#X6a;avascript:alert(1)",
      "&#0000106avascript:alert(1)",
      "&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)",
      "javascript&colon;alert(1)",
      "javascript&#58;alert(1)",
      "java&Tab;script:alert(1)",
      "java&NewLine;script:alert(1)",
      "&amp;#106;avascript:alert(1)",
      "%6Aavascript:alert(1)",
      "javascript%3Aalert(1)",
      "ｊａｖａｓｃｒｉｐｔ：alert(1)",
      "vbscript:msgbox(1)",
      "VBScript:msgbox(1)",
      "data:text/html;base64,PHNjcmlwdD4=",
      " DATA:text/html,<script>alert(1)</script>",
      "file:///etc/passwd",
      "FILE://server/share",
      "ftp://example.org/file",
      "jar:http://example.org!/",
      "intent://scan#Intent;end",
  })
  void unsafeUrls(String url) {
    assertThat(UrlPolicy.isSafe(url)).as(escaped(url)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "https://example.org         | https",
      "MailTo:x@example.org        | mailto",
      "' jAvA script:x'            | javascript",
      "&#x6A;avascript:x           | javascript",
      "relative/page.html          | ''",
      "#fragment                   | ''",
      "a+b.c-d:rest                | a+b.c-d",
      "1abc:x                      | ''",
      "page?x=a:b                  | ''",
  })
  void normalisedSchemeIsLowercaseWithoutItsColon(String url, String scheme) {
    assertThat(UrlPolicy.normalisedScheme(url)).isEqualTo(scheme);
  }

  private static String escaped(String url) {
    StringBuilder out = new StringBuilder();
    url.chars().forEach(c -> out.append(c < 0x20 || c > 0x7e
        ? String.format("\\u%04x", c) : String.valueOf((char) c)));
    return out.toString();
  }
}
