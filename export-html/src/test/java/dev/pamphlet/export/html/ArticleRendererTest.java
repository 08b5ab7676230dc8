package dev.pamphlet.export.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ArticleRendererTest {
  private static final Publication PUBLICATION = Publication.builder().title("Booklet")
      .language("en")
      .article(Article.builder("care").title("Care")
          .figure("photos/clinic.png", "The clinic's front door")
          .figure("photos/missing.png", "A map to the clinic")
          .build())
      .build();

  @Test
  void figureSourceHookChangesTheImageUrlAndEmptyShowsTheAltTextInstead() {
    List<Figure> asked = new ArrayList<>();
    String html = render(figure -> {
      asked.add(figure);
      return figure.source().contains("missing") ? "" : "../images/" + figure.source();
    });

    assertThat(html).contains("src=\"../images/photos/clinic.png\"")
        .doesNotContain("src=\"photos/")
        .contains(">A map to the clinic</p>");
    assertThat(asked).as("the article's own figure instances, once each")
        .containsExactlyElementsOf(PUBLICATION.articles().get(0).blocks().stream()
            .map(Figure.class::cast).toList());
  }

  @Test
  void withoutTheHookAFigureShowsItsOwnSource() {
    assertThat(render(null)).contains("src=\"photos/clinic.png\"")
        .contains("src=\"photos/missing.png\"");
  }

  @Test
  void anUnsafeUrlFromTheHookIsLeftOutAndReported() {
    ExportContext context = ExportContext.of(PUBLICATION);
    StringBuilder out = new StringBuilder();
    ArticleRenderer.builder().figureSource(figure -> "javascript:alert(1)").build()
        .render(PUBLICATION.articles().get(0), context, HtmlWriter.html(out));

    assertThat(out.toString()).doesNotContain("javascript:");
    assertThat(context.reported()).extracting(Diagnostic::code).containsOnly("link.unsafe-scheme");
  }

  private static String render(Function<Figure, String> figureSource) {
    ArticleRenderer.Builder builder = ArticleRenderer.builder();
    if (figureSource != null) {
      builder.figureSource(figureSource);
    }
    StringBuilder out = new StringBuilder();
    builder.build().render(PUBLICATION.articles().get(0), ExportContext.of(PUBLICATION),
        HtmlWriter.html(out));
    return out.toString();
  }
}
