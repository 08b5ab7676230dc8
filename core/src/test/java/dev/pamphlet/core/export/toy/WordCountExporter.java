package dev.pamphlet.core.export.toy;

import dev.pamphlet.core.export.ExportContext;
import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.OutputSink;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Block;
import dev.pamphlet.core.model.CodeBlock;
import dev.pamphlet.core.model.Code;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Inline;
import dev.pamphlet.core.model.ModelListener;
import dev.pamphlet.core.model.ModelWalker;
import dev.pamphlet.core.model.NodeContext;
import dev.pamphlet.core.model.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A toy third-party exporter, living only in core's tests: it writes {@code wordcount.txt},
 * one line per article with its id, words and title, then the total. It uses nothing but the
 * public SPI and {@link ModelWalker}, as an outside developer would. Immutable and thread-safe.
 *
 * @param perArticle whether to write {@code articles/<id>.txt} as well
 */
record WordCountExporter(boolean perArticle) implements Exporter {
  @Override
  public String format() {
    return WordCountExporterProvider.FORMAT;
  }

  @Override
  public void write(ExportContext context, OutputSink sink) throws IOException {
    StringBuilder summary = new StringBuilder();
    long total = 0;
    for (Article article : context.publication().articles()) {
      long words = countWords(context, article);
      total += words;
      summary.append(article.id()).append('\t').append(words).append('\t')
          .append(article.title()).append('\n');
      if (perArticle) {
        write(sink, "articles/" + article.id() + ".txt", article.title() + ": " + words + "\n");
      }
    }
    summary.append("total\t").append(total).append('\n');
    write(sink, "wordcount.txt", summary.toString());
  }

  private static long countWords(ExportContext context, Article article) {
    long[] words = {0};
    ModelWalker.walk(article, new ModelListener() {
      @Override
      public void block(Block block, NodeContext where) {
        if (block instanceof CodeBlock code) {
          words[0] += count(code.code());
        }
      }

      @Override
      public void inline(Inline inline, NodeContext where) {
        if (inline instanceof Text text) {
          words[0] += count(text.value());
        } else if (inline instanceof Code code) {
          words[0] += count(code.value());
        } else if (inline instanceof CrossRef ref && ref.label().isEmpty()) {
          // An unlabelled reference reads as its target's title.
          words[0] += count(context.index().label(ref));
        }
      }
    });
    return words[0];
  }

  private static long count(String text) {
    String trimmed = text.strip();
    return trimmed.isEmpty() ? 0 : trimmed.split("\\s+").length;
  }

  private static void write(OutputSink sink, String path, String text) throws IOException {
    try (OutputStream out = sink.open(path)) {
      out.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
