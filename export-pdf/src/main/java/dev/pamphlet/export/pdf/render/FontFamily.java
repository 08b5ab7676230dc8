package dev.pamphlet.export.pdf.render;

import dev.pamphlet.export.pdf.layout.Face;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

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

  /** By {@link Face#ordinal()}: looked up for every character measured, so no map. */
  private final Once[] faces;

  private FontFamily(Once[] faces) {
    this.faces = faces;
  }

  /** A family from its six faces (regular, bold, italic, bold italic, mono, mono bold). */
  public static FontFamily of(Typeface regular, Typeface bold, Typeface italic,
      Typeface boldItalic, Typeface mono, Typeface monoBold) {
    // List.of rejects a missing face, as the constructor of a family must.
    return lazy(List.of(regular, bold, italic, boldItalic, mono, monoBold).stream()
        .<Supplier<Typeface>>map(typeface -> () -> typeface).toList());
  }

  /**
   * A family whose faces are parsed when first asked for, in {@link Face} order. A handout
   * without italics or code never pays for parsing those fonts, which counts on a cold start.
   */
  private static FontFamily lazy(List<Supplier<Typeface>> faceOrder) {
    Once[] faces = new Once[Face.values().length];
    for (Face face : Face.values()) {
      faces[face.ordinal()] = new Once(faceOrder.get(face.ordinal()));
    }
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
    return faces[face.ordinal()].get();
  }

  /** A typeface made once, on first use, by whichever thread gets there first. */
  private static final class Once implements Supplier<Typeface> {
    private final Supplier<Typeface> make;
    private volatile Typeface made;

    Once(Supplier<Typeface> make) {
      this.make = make;
    }

    @Override
    public Typeface get() {
      Typeface typeface = made;
      if (typeface == null) {
        synchronized (this) {
          typeface = made;
          if (typeface == null) {
            typeface = Objects.requireNonNull(make.get());
            made = typeface;
          }
        }
      }
      return typeface;
    }
  }

  /** Holder idiom: each face is parsed on first use, once per JVM. */
  private static final class DejaVu {
    static final FontFamily FAMILY = lazy(List.of(
        () -> Typeface.resource(DEJAVU + "DejaVuSans.ttf"),
        () -> Typeface.resource(DEJAVU + "DejaVuSans-Bold.ttf"),
        () -> Typeface.resource(DEJAVU + "DejaVuSans-Oblique.ttf"),
        () -> Typeface.resource(DEJAVU + "DejaVuSans-BoldOblique.ttf"),
        () -> Typeface.resource(DEJAVU + "DejaVuSansMono.ttf"),
        () -> Typeface.resource(DEJAVU + "DejaVuSansMono-Bold.ttf")));
    static final FontFamily SERIF = lazy(List.of(
        () -> Typeface.resource(DEJAVU + "DejaVuSerif.ttf"),
        () -> Typeface.resource(DEJAVU + "DejaVuSerif-Bold.ttf"),
        () -> Typeface.resource(DEJAVU + "DejaVuSerif-Italic.ttf"),
        () -> Typeface.resource(DEJAVU + "DejaVuSerif-BoldItalic.ttf"),
        () -> FAMILY.face(Face.MONO),
        () -> FAMILY.face(Face.MONO_BOLD)));

    private DejaVu() {}
  }
}
