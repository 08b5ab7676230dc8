package dev.pamphlet.core.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.model.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Diagnostics print the way editors and CI read them, and sort in reading order. */
class DiagnosticTest {
  @Test
  void errorPrintsAsFileLineColumnSeverityMessageAndCode() {
    Diagnostic d = Diagnostic.error("xref.dangling", "no such article 'x'",
        new SourcePosition("articles/care.md", 12, 5));
    assertThat(d).hasToString("articles/care.md:12:5: error: no such article 'x' [xref.dangling]");
  }

  @Test
  void unknownLineOrColumnIsLeftOut() {
    assertThat(Diagnostic.warning("section.empty", "empty", SourcePosition.of("a.md")))
        .hasToString("a.md: warning: empty [section.empty]");
    assertThat(Diagnostic.info("c", "m", new SourcePosition("a.md", 3, 0)))
        .hasToString("a.md:3: info: m [c]");
    assertThat(Diagnostic.error("c", "m", SourcePosition.UNKNOWN))
        .hasToString("<input>: error: m [c]");
  }

  @Test
  void diagnosticsSortByFileThenLineThenColumnThenSeverity() {
    Diagnostic b5 = Diagnostic.error("x", "m", new SourcePosition("b.md", 5, 1));
    Diagnostic a10 = Diagnostic.error("x", "m", new SourcePosition("a.md", 10, 1));
    Diagnostic a2warning = Diagnostic.warning("x", "m", new SourcePosition("a.md", 2, 7));
    Diagnostic a2error = Diagnostic.error("x", "m", new SourcePosition("a.md", 2, 7));
    Diagnostic a2early = Diagnostic.warning("x", "m", new SourcePosition("a.md", 2, 3));
    assertThat(List.of(b5, a10, a2warning, a2error, a2early).stream().sorted())
        .containsExactly(a2early, a2error, a2warning, a10, b5);
  }

  @Test
  void positionsAreNeverNegativeAndDiagnosticsNeverNull() {
    assertThatThrownBy(() -> new SourcePosition("a", -1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Diagnostic.error(null, "m", SourcePosition.UNKNOWN))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void sourceMapFallsBackToTheArticlesFileThenToUnknown() {
    Paragraph mapped = Paragraph.of("same");
    Paragraph unmapped = Paragraph.of("same");
    SourceMap map = SourceMap.builder()
        .put(mapped, new SourcePosition("care.md", 4, 1))
        .article("care", "care.md")
        .build();
    assertThat(map.positionOf(mapped, "care")).isEqualTo(new SourcePosition("care.md", 4, 1));
    assertThat(map.positionOf(unmapped, "care")).as("equal but not the same node")
        .isEqualTo(SourcePosition.of("care.md"));
    assertThat(map.positionOf(unmapped, "other")).isEqualTo(SourcePosition.UNKNOWN);
    assertThat(map.fileOf("care")).isEqualTo("care.md");
  }

  @Test
  void mergedSourceMapsKnowBothFiles() {
    Paragraph one = Paragraph.of("one");
    Paragraph two = Paragraph.of("two");
    SourceMap merged = SourceMap.builder().put(one, new SourcePosition("1.md", 1, 1))
        .article("one", "1.md").build()
        .merge(SourceMap.builder().put(two, new SourcePosition("2.md", 2, 2))
            .article("two", "2.md").build());
    assertThat(merged.positionOf(one)).isEqualTo(new SourcePosition("1.md", 1, 1));
    assertThat(merged.positionOf(two)).isEqualTo(new SourcePosition("2.md", 2, 2));
    assertThat(merged.fileOf("two")).isEqualTo("2.md");
  }

  @Test
  void readResultSortsItsDiagnosticsAndKnowsWhetherAnyIsAnError() {
    Diagnostic later = Diagnostic.warning("w", "m", new SourcePosition("a.md", 9, 1));
    Diagnostic earlier = Diagnostic.info("i", "m", new SourcePosition("a.md", 1, 1));
    ReadResult<String> result = new ReadResult<>("value", List.of(later, earlier),
        SourceMap.EMPTY);
    assertThat(result.diagnostics()).containsExactly(earlier, later);
    assertThat(result.hasErrors()).isFalse();
    assertThat(new ReadResult<>("v", List.of(Diagnostic.error("e", "m", SourcePosition.UNKNOWN)),
        SourceMap.EMPTY).hasErrors()).isTrue();
  }
}
