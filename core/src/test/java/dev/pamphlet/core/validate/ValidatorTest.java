package dev.pamphlet.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import dev.pamphlet.core.model.Text;
import dev.pamphlet.core.testing.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One pass finds every problem, sorted in reading order, the same every time. */
class ValidatorTest {
  /** An article with one of most problems, each mapped to its own line. */
  private static Publication broken(SourceMap.Builder map) {
    CrossRef dangling = new CrossRef("nowhere", "");
    Figure noAlt = new Figure("room.png", "", List.of());
    Link unsafe = new Link("javascript:alert(1)", List.of(new Text("click")));
    Section empty = new Section("empty", List.of(new Text("Empty")), List.of());
    Paragraph paragraph = new Paragraph(List.of(new Text("See "), dangling, unsafe));
    Article article = new Article("a", Metadata.builder().title("A").build(),
        List.of(paragraph, noAlt, empty));
    map.put(empty, new SourcePosition("a.md", 9, 1))
        .put(unsafe, new SourcePosition("a.md", 3, 20))
        .put(dangling, new SourcePosition("a.md", 3, 5))
        .put(noAlt, new SourcePosition("a.md", 5, 1))
        .article("a", "a.md");
    return Publication.of(article);
  }

  @Test
  void everyProblemIsFoundInOnePassAndSortedInReadingOrder() {
    SourceMap.Builder map = SourceMap.builder();
    Publication publication = broken(map);
    List<Diagnostic> found = Validator.standard().validate(publication, map.build());
    assertThat(found).extracting(Diagnostic::toString).containsExactly(
        "a.md: warning: article 'a' has no language; add 'language: en' (a BCP 47 tag) to its"
            + " front matter or to the booklet manifest [metadata.language-missing]",
        "a.md:3:5: error: cross-reference to article 'nowhere', which does not exist; the"
            + " articles are 'a' [xref.dangling]",
        "a.md:3:20: error: a link uses the scheme 'javascript:', which is not allowed"
            + " (javascript:alert(1)); use http, https, mailto, tel or a relative link"
            + " [link.unsafe-scheme]",
        "a.md:5:1: error: figure 'room.png' has no alt text; describe the image in words:"
            + " ![what the image shows](room.png) [figure.alt-missing]",
        "a.md:9:1: warning: section 'empty' has no content; write something under its heading"
            + " or remove it [section.empty]");
  }

  @Test
  void everyNodeSampleIsClean() {
    assertThat(Validator.standard().validate(Samples.everyNode())).isEmpty();
  }

  @Test
  void validatingConcurrentlyGivesTheSameResultAsAlone() throws Exception {
    SourceMap.Builder builder = SourceMap.builder();
    Publication publication = broken(builder);
    SourceMap map = builder.build();
    List<Diagnostic> alone = Validator.standard().validate(publication, map);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<Diagnostic>>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> Validator.standard().validate(publication, map)));
      }
      for (Future<List<Diagnostic>> result : results) {
        assertThat(result.get()).isEqualTo(alone);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void resultIsUnmodifiable() {
    List<Diagnostic> found = Validator.standard().validate(broken(SourceMap.builder()));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> found.clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
