package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class HtmlWriterTest {
  private final StringBuilder out = new StringBuilder();

  @Test
  void textIsEscapedSoMarkupInContentStaysText() {
    HtmlWriter.html(out).start("p").text("<script>alert('x') & \"y\"</script>").end("p");
    assertThat(out).hasToString(
        "<p>&lt;script&gt;alert('x') &amp; \"y\"&lt;/script&gt;</p>");
  }

  @Test
  void attributeValuesAreEscapedAndAlwaysDoubleQuoted() {
    HtmlWriter.html(out).start("a").attribute("title", "\" onmouseover='x' <b>&").end("a");
    assertThat(out).hasToString(
        "<a title=\"&quot; onmouseover=&#39;x&#39; &lt;b&gt;&amp;\"></a>");
  }

  @Test
  void charactersNeitherHtmlNorXmlAllowBecomeReplacementCharacters() {
    HtmlWriter.html(out).text("a\u0000b\u0007c\uFFFEd\uD800e\u0085f");
    assertThat(out).hasToString("a\uFFFDb\uFFFDc\uFFFDd\uFFFDe\uFFFDf");
  }

  @Test
  void carriageReturnsBecomeOneLineBreakEach() {
    HtmlWriter.html(out).start("pre").text("a\r\nb\rc\nd").end("pre");
    assertThat(out).hasToString("<pre>a\nb\nc\nd</pre>");
  }

  @Test
  void htmlVoidElementsHaveNoEndTag() {
    HtmlWriter.html(out).start("p").text("a").empty("br").text("b").end("p");
    assertThat(out).hasToString("<p>a<br>b</p>");
  }

  @Test
  void xhtmlSelfClosesVoidElementsAndDeclaresTheNamespace() {
    HtmlWriter.xhtml(out).doctype().start("html").attribute("lang", "en").start("body")
        .empty("img").attribute("src", "a.png").attribute("alt", "").empty("br")
        .empty("input").booleanAttribute("disabled").end("body").end("html");
    assertThat(out).hasToString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
        + "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><body>"
        + "<img src=\"a.png\" alt=\"\"/><br/><input disabled=\"disabled\"/></body></html>");
  }

  @Test
  void closingAnElementOtherThanTheInnermostIsAProgrammingError() {
    HtmlWriter html = HtmlWriter.html(out).start("p").start("em");
    assertThatThrownBy(() -> html.end("p")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("<em> is open");
  }

  @Test
  void elementAndAttributeNamesCannotCarryMarkup() {
    HtmlWriter html = HtmlWriter.html(out);
    assertThatThrownBy(() -> html.start("p onclick=x")).isInstanceOf(
        IllegalArgumentException.class);
    html.start("p");
    assertThatThrownBy(() -> html.attribute("x=\"1\" onclick", "y"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aStyleSheetThatCouldEndItsElementIsRefused() {
    HtmlWriter html = HtmlWriter.html(out).start("style");
    assertThatThrownBy(() -> html.styleSheet("p{}</style><script>"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void attributesOutsideAStartTagAreRefused() {
    HtmlWriter html = HtmlWriter.html(out).start("p").text("x");
    assertThatThrownBy(() -> html.attribute("id", "y")).isInstanceOf(
        IllegalStateException.class);
  }
}
