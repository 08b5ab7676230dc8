package dev.pamphlet.export.pdf.render;

import dev.pamphlet.export.pdf.layout.Face;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The typefaces that set each {@link Face}. {@link #dejaVu()} is the default family, bundled via
 * {@code net.sf.jasperreports:jasperreports-fonts}; users may build their own from TTF files.
 *
 * <pre>{@code
 * FontFamily mine = FontFamily.of(Typeface.parse("Atkinson", Files.newInputStream(regular)), …);
 * }</pre>
 */
public final class FontFamily {
  private static final String DEJAVU = "net/sf/jasperreports/fonts/dejavu/";

  private final Map<Face, Typeface> faces;

  private FontFamily(Map<Face, Typeface> faces) {
    this.faces = Map.copyOf(faces);
  }

  /** A family from its six faces (regular, bold, italic, bold italic, mono, mono bold). */
  public static FontFamily of(Typeface regular, Typeface bold, Typeface italic,
      Typeface boldItalic, Typeface mono, Typeface monoBold) {
    Map<Face, Typeface> faces = new EnumMap<>(Face.class);
    faces.put(Face.REGULAR, Objects.requireNonNull(regular));
    faces.put(Face.BOLD, Objects.requireNonNull(bold));
    faces.put(Face.ITALIC, Objects.requireNonNull(italic));
    faces.put(Face.BOLD_ITALIC, Objects.requireNonNull(boldItalic));
    faces.put(Face.MONO, Objects.requireNonNull(mono));
    faces.put(Face.MONO_BOLD, Objects.requireNonNull(monoBold));
    return new FontFamily(faces);
  }

  /** DejaVu Sans and DejaVu Sans Mono, parsed once per JVM. */
  public static FontFamily dejaVu() {
    return DejaVu.FAMILY;
  }

  /** DejaVu Serif, the default fallback for glyphs the main family lacks. */
  public static FontFamily dejaVuSerif() {
    return DejaVu.SERIF;
  }

  /** The typeface for {@code face}. */
  public Typeface face(Face face) {
    return faces.get(face);
  }

  /** Holder idiom: fonts are parsed on first use, once, with the JVM's class-init lock. */
  private static final class DejaVu {
    static final FontFamily FAMILY = of(
        Typeface.resource(DEJAVU + "DejaVuSans.ttf"),
        Typeface.resource(DEJAVU + "DejaVuSans-Bold.ttf"),
        Typeface.resource(DEJAVU + "DejaVuSans-Oblique.ttf"),
        Typeface.resource(DEJAVU + "DejaVuSans-BoldOblique.ttf"),
        Typeface.resource(DEJAVU + "DejaVuSansMono.ttf"),
        Typeface.resource(DEJAVU + "DejaVuSansMono-Bold.ttf"));
    static final FontFamily SERIF = of(
        Typeface.resource(DEJAVU + "DejaVuSerif.ttf"),
        Typeface.resource(DEJAVU + "DejaVuSerif-Bold.ttf"),
        Typeface.resource(DEJAVU + "DejaVuSerif-Italic.ttf"),
        Typeface.resource(DEJAVU + "DejaVuSerif-BoldItalic.ttf"),
        FAMILY.face(Face.MONO),
        FAMILY.face(Face.MONO_BOLD));

    private DejaVu() {}
  }
}
