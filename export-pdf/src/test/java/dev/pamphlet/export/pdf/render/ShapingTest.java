package dev.pamphlet.export.pdf.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.export.pdf.layout.Face;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Which text is shaped, and what shaping gives: joined Arabic, glyphs with code points. */
class ShapingTest {
  private static final String SANS = "net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf";

  /** A typeface of its own, so no other test has loaded its shaping engine. */
  private static Typeface freshSans() throws IOException {
    return Typeface.parse("fresh", ShapingTest.class.getClassLoader().getResourceAsStream(SANS));
  }

  private static FontSet onlyFace(Typeface typeface) {
    return new FontSet(List.of(FontFamily.of(typeface, typeface, typeface, typeface, typeface,
        typeface)));
  }

  @Test
  void latinGreekCyrillicVietnameseAndChineseNeverLoadTheShapingEngine() throws IOException {
    Typeface sans = freshSans();
    FontSet fonts = onlyFace(sans);
    for (String text : List.of("Take one tablet", "Η θεραπεία", "Терапия", "Tiếng Việt",
        "tabs\tand\u00A0spaces")) {
      assertThat(fonts.width(text, Face.REGULAR, 12)).isPositive();
    }
    assertThat(fonts.width("治疗", Face.REGULAR, 12)).isZero(); // no glyph: reported elsewhere
    assertThat(sans.shaperLoaded()).isFalse();
  }

  @Test
  void hebrewArabicAndCombiningMarksAreShaped() {
    assertThat(Shaping.needed("שלום")).isTrue();
    assertThat(Shaping.needed("مرحبا")).isTrue();
    assertThat(Shaping.needed("e\u0301\u0323")).isTrue();
    assertThat(Shaping.needed("Ελληνικά, русский, tiếng Việt, 中文")).isFalse();
  }

  @Test
  void arabicLettersTakeTheirJoiningFormsInVisualOrder() throws IOException {
    Typeface sans = freshSans();
    GlyphRun run = sans.shape("مرحبا", true).orElseThrow();
    // Five letters, five glyphs, each named by an Arabic presentation form: joined shapes.
    assertThat(Arrays.stream(run.codePoints()).boxed().toList()).hasSize(5)
        .allSatisfy(cp -> assertThat(cp).isBetween(0xFE70, 0xFEFF));
    // Visual order: the last letter (alef, final form U+FE8E) is drawn first, at the left.
    assertThat(run.codePoints()[0]).isEqualTo(0xFE8E);
    float[] x = run.x();
    float[] sorted = x.clone();
    Arrays.sort(sorted);
    assertThat(x).containsExactly(sorted);
    assertThat(sans.shaperLoaded()).isTrue();
  }

  @Test
  void lamAlefBecomesOneLigature() throws IOException {
    GlyphRun run = freshSans().shape("لا", true).orElseThrow();
    assertThat(run.codePoints()).containsExactly(0xFEFB);
  }

  @Test
  void shapedWidthIsWhatTheLayoutMeasures() {
    FontSet fonts = FontSet.standard();
    Typeface sans = fonts.families().get(0).face(Face.REGULAR);
    GlyphRun run = sans.shape("مرحبا", true).orElseThrow();
    assertThat(fonts.width("مرحبا", Face.REGULAR, 10))
        .isCloseTo(run.advance() * sans.scale(10), org.assertj.core.data.Offset.offset(0.001f));
  }

  @Test
  void shapingFromManyThreadsGivesWhatOneThreadGives() throws Exception {
    Typeface sans = freshSans();
    List<String> words = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      words.add((i % 2 == 0 ? "مرحبا" : "שלום") + "ab".repeat(i % 7) + i);
    }
    List<Float> alone = words.stream().map(w -> sans.shapedAdvance(w, 10, true)).toList();
    Typeface shared = freshSans();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Float>> results = new ArrayList<>();
      for (String word : words) {
        results.add(pool.submit(() -> shared.shapedAdvance(word, 10, true)));
      }
      for (int i = 0; i < words.size(); i++) {
        assertThat(results.get(i).get()).isEqualTo(alone.get(i));
      }
    } finally {
      pool.shutdown();
    }
  }
}
