package dev.pamphlet.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DecodedSourceTest {
  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void plainUtf8IsReadAsIs() {
    DecodedSource source = DecodedSource.decode("a.md", utf8("# Café\n\nDéjà vu.\n"));

    assertThat(source.text()).isEqualTo("# Café\n\nDéjà vu.\n");
    assertThat(source.problems()).isEmpty();
  }

  @Test
  void byteOrderMarkIsDropped() {
    byte[] bytes = utf8("\uFEFF# Title\n");

    assertThat(DecodedSource.decode("a.md", bytes).text()).isEqualTo("# Title\n");
  }

  @Test
  void windowsLineEndsBecomeNewlines() {
    assertThat(DecodedSource.decode("a.md", utf8("one\r\ntwo\r\n")).text()).isEqualTo("one\ntwo\n");
  }

  @Test
  void invalidUtf8IsAnErrorAtTheFirstBadByteAndTheRestIsKept() {
    byte[] bytes = {'o', 'k', '\n', 'c', 'a', 'f', (byte) 0xE9, '\n'}; // "café" in Latin-1

    DecodedSource source = DecodedSource.decode("notes/a.md", bytes);

    assertThat(source.text()).isEqualTo("ok\ncaf\uFFFD\n");
    assertThat(source.problems()).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("source.encoding");
      assertThat(d.isError()).isTrue();
      assertThat(d.position()).isEqualTo(new SourcePosition("notes/a.md", 2, 4));
    });
  }
}
