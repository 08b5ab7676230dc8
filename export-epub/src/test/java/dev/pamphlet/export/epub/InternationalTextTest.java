package dev.pamphlet.export.epub;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.testing.Multilingual;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Text in every script reaches the EPUB's chapters as written, right-to-left paragraphs carry
 * {@code dir="auto"}, and Windows line ends in the source change nothing in the book.
 */
class InternationalTextTest {
  private static EpubFiles book(boolean crlf) throws IOException {
    TestBooklets.Source source = TestBooklets.multilingual(crlf);
    return EpubFiles.open(Books.export(source.publication(), source.sourceMap(),
        EpubOptions.DEFAULTS).epub());
  }

  private static String chapters(EpubFiles book) {
    StringBuilder text = new StringBuilder();
    book.names().stream().filter(name -> name.endsWith(".xhtml") && !name.endsWith("nav.xhtml"))
        .sorted().forEach(name -> text.append(book.text(name)));
    return text.toString();
  }

  @Test
  void everyWordOfEveryScriptIsInTheChaptersInReadingOrder() throws IOException {
    String text = chapters(book(false));
    assertThat(text).containsSubsequence(Multilingual.WORDS)
        .contains("<p dir=\"auto\">הטיפול עוזר למוח להשתנות.</p>")
        .contains("<p dir=\"auto\">العلاج يساعد الدماغ على التغير.</p>")
        .contains("Tiếng Việt");
  }

  @Test
  void windowsLineEndsMakeTheSameBook() throws IOException {
    EpubFiles unix = book(false);
    EpubFiles windows = book(Multilingual.CRLF);
    assertThat(windows.names()).isEqualTo(unix.names());
    for (String name : unix.names()) {
      assertThat(Arrays.equals(windows.bytes(name), unix.bytes(name))).as(name).isTrue();
    }
  }
}
