package dev.pamphlet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The DejaVu fonts every PDF benchmark embeds, from the jasperreports-fonts jar. */
final class DejaVu {
  static final String SANS = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";
  static final String SANS_BOLD = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Bold.ttf";
  static final String SANS_OBLIQUE = "net/sf/jasperreports/fonts/dejavu/DejaVuSans-Oblique.ttf";
  static final String MONO = "net/sf/jasperreports/fonts/dejavu/DejaVuSansMono.ttf";

  private DejaVu() {}

  static InputStream open(String resource) {
    InputStream in = DejaVu.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new UncheckedIOException(new IOException("missing font resource " + resource));
    }
    return in;
  }
}
