package dev.pamphlet.core.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.export.ContentErrorsException;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.InMemoryOutput;
import dev.pamphlet.core.export.OutputSink;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.BlockQuote;
import dev.pamphlet.core.model.Nesting;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Content built in code past the nesting limit is reported, and never handed to an exporter. */
class NestingValidationTest {
  private static Block quotes(int depth, Block inside) {
    Block block = inside;
    for (int i = 0; i < depth; i++) {
      block = new BlockQuote(List.of(block));
    }
    return block;
  }

  private static Article deep(int quotes, Block inside) {
    return Article.builder("deep").title("Deep").language("en").block(quotes(quotes, inside))
        .build();
  }

  @Test
  void tenThousandNestedQuotesAreOneErrorAtTheDeepestKnownPosition() {
    Article article = deep(10_000, Paragraph.of("deep"));
    SourceMap sourceMap = SourceMap.builder()
        .put(article.blocks().get(0), new SourcePosition("deep.md", 9, 3))
        .article("deep", "deep.md").build();

    List<Diagnostic> found = Validator.standard().validate(Publication.of(article), sourceMap);

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo(ValidationCodes.NESTING_TOO_DEEP);
      assertThat(d.isError()).isTrue();
      assertThat(d.toString()).startsWith("deep.md:9:3: error: article 'deep' is nested more "
          + "than " + Nesting.MAX_DEPTH + " levels deep");
    });
  }

  @Test
  void contentAtTheLimitValidatesCleanly() {
    Article article = deep(Nesting.MAX_DEPTH - 2, Paragraph.of("deep"));
    assertThat(Validator.standard().validate(Publication.of(article))).isEmpty();
  }

  @Test
  void exportersAreNeverGivenContentPastTheLimitEvenWhenErrorsAreAllowed() {
    Exporter neverCalled = new Exporter() {
      @Override
      public String format() {
        return "never";
      }

      @Override
      public void write(ExportContext context, OutputSink sink) {
        throw new AssertionError("write must not be reached");
      }
    };
    Publication publication = Publication.of(deep(10_000, Paragraph.of("deep")));
    assertThatThrownBy(() -> neverCalled.export(publication, SourceMap.EMPTY,
        new InMemoryOutput(), ErrorPolicy.EXPORT_ANYWAY))
        .isInstanceOf(ContentErrorsException.class);
  }
}
