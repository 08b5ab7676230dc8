package dev.pamphlet.cli;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.export.Exporters;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.util.List;

/**
 * Sources made in code: tests of the command's own behaviour (options, output folders,
 * messages) that should not depend on how Markdown is read.
 */
final class FakeSources {
  private FakeSources() {}

  /**
   * Two small articles, "First steps" and "Side effects", with no problems: plain language
   * too, each with a summary and a step to take.
   */
  static Publication twoArticles() {
    return Publication.builder()
        .title("Test booklet")
        .language("en")
        .article(Article.builder("first-steps").title("First steps")
            .summary("How to get home.")
            .paragraph("Come with someone who can drive you home.")
            .orderedList(steps -> steps.item("Ask a friend to come.")).build())
        .article(Article.builder("side-effects").title("Side effects")
            .summary("What you may feel.")
            .paragraph("Most side effects pass within two hours.")
            .orderedList(steps -> steps.item("Rest until you feel well.")).build())
        .build();
  }

  /** An environment whose sources always read as {@code publication} with {@code diagnostics}. */
  static Environment environment(Publication publication, Diagnostic... diagnostics) {
    ReadResult<Publication> read =
        new ReadResult<>(publication, List.of(diagnostics), SourceMap.EMPTY);
    return new Environment(sources -> read, Exporters::discover, false);
  }

  /** An environment reading {@link #twoArticles()}. */
  static Environment environment() {
    return environment(twoArticles());
  }
}
