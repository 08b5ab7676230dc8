package dev.pamphlet.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Text;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code link.unsafe-scheme}, {@code link.malformed-url} and {@code link.empty-url}: links a
 * reader can safely follow.
 */
class LinkValidationTest {
  private static List<Diagnostic> validateLink(String url) {
    Article article = new Article("a", Metadata.builder().title("T").language("en").build(),
        List.of(new Paragraph(List.of(new Link(url, List.of(new Text("click")))))));
    return Validator.standard().validate(Publication.of(article));
  }

  @Test
  void javascriptLinkIsAnErrorNamingTheScheme() {
    assertThat(validateLink("JavaScript:alert(1)")).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(ValidationCodes.LINK_UNSAFE_SCHEME);
      assertThat(d.isError()).isTrue();
      assertThat(d.message()).contains("'javascript:'", "http, https, mailto, tel");
    });
  }

  @Test
  void controlCharactersInTheUrlAreShownEscapedInTheMessage() {
    assertThat(validateLink("java\u0000script:x")).singleElement()
        .extracting(Diagnostic::message).asString().contains("java\\u0000script:x");
  }

  @Test
  void safeLinksPass() {
    for (String url : List.of("https://example.org", "http://example.org/a?b=c#d",
        "mailto:care@example.org", "tel:+15550100", "other.html#part", "/abs/path", "#top")) {
      assertThat(validateLink(url)).as(url).isEmpty();
    }
  }

  @Test
  void aHostNameNoHostCanHaveIsAnErrorNamingTheHost() {
    // Bytes that were not UTF-8 in an autolink reach the model as U+FFFD (found by fuzzing).
    for (String url : List.of("https://exampl\uFFFD\uFFFDe.org", "https://exa mple.org/x",
        "http://ex<ample.org", "https://%65xample.org", "https://user@", "https://user:pw@example.org:443", "https:///path",
        "https://" + "a".repeat(64) + ".org", "https:t//example.org", "http:example.org")) {
      assertThat(validateLink(url)).as(url).singleElement().satisfies(d -> {
        assertThat(d.code()).isEqualTo(ValidationCodes.LINK_MALFORMED_URL);
        assertThat(d.isError()).isTrue();
        assertThat(d.message()).contains("no browser can open", "typos");
      });
    }
    assertThat(validateLink("https://exampl\uFFFDe.org/a")).singleElement()
        .extracting(Diagnostic::message).asString()
        .contains("host name 'exampl\uFFFDe.org' holds characters no host name can have");
  }

  @Test
  void aMisspelledSchemeIsAnErrorNotARelativeLink() {
    assertThat(validateLink("http\uFFFD://doi.org/11")).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(ValidationCodes.LINK_MALFORMED_URL);
      assertThat(d.message()).contains("'http\uFFFD:' is not a scheme a link can have");
    });
  }

  @Test
  void hostNamesBrowsersAcceptPass() {
    for (String url : List.of("https://b\u00fccher.example/", "https://my_host.example.com",
        "http://127.0.0.1:8080/x", "https://[2001:db8::1]/", "https://example.org:443/a@b",
        "https://example.org.", "side-effects.md#risks:early",
        "https://EXAMPLE.org\t/a")) {
      assertThat(validateLink(url)).as(url).isEmpty();
    }
  }

  @Test
  void emptyUrlIsAnError() {
    assertThat(validateLink("  ")).extracting(Diagnostic::code)
        .containsExactly(ValidationCodes.LINK_EMPTY_URL);
  }

  @Test
  void unsafeSourceUrlsInMetadataAreReportedToo() {
    Metadata meta = Metadata.builder().title("T").language("en")
        .source("A study", "data:text/html,hi").build();
    Publication publication = new Publication(
        Metadata.builder().title("B").language("en").source("Booklet source", "file:///etc")
            .build(),
        List.of(new Article("a", meta, List.of(Paragraph.of("x")))));
    assertThat(Validator.standard().validate(publication)).extracting(Diagnostic::message)
        .anySatisfy(m -> assertThat(m).contains("'A study'", "'data:'"))
        .anySatisfy(m -> assertThat(m).contains("publication's source", "'file:'"));
  }

  @Test
  void malformedSourceUrlsInMetadataAreReportedToo() {
    // Found by fuzzing: an EPUB linked this as a relative address and EPUBCheck rejected it.
    Metadata meta = Metadata.builder().title("T").language("en")
        .source("A study", "http\uFFFD://doi.org/11 pass").build();
    Publication publication = new Publication(
        Metadata.builder().title("B").language("en").build(),
        List.of(new Article("a", meta, List.of(Paragraph.of("x")))));
    assertThat(Validator.standard().validate(publication)).extracting(Diagnostic::code)
        .containsExactly(ValidationCodes.LINK_MALFORMED_URL);
  }
}
