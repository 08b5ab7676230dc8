package dev.pamphlet.bench;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Benchmark inputs as models: read once in set-up, so exporters are measured alone. */
final class Publications {
  private Publications() {}

  /** The corpus's articles as one publication, read with Pamphlet's Markdown reader. */
  static Publication read(Corpus corpus) {
    return read(corpus.files());
  }

  static Publication read(Map<String, String> files) {
    MarkdownReader reader = MarkdownReader.create();
    List<Article> articles = new ArrayList<>();
    for (Map.Entry<String, String> file : files.entrySet()) {
      ReadResult<Article> result = reader.read(file.getKey(), file.getValue());
      articles.add(result.value());
    }
    Metadata metadata = Metadata.builder().title("Benchmark booklet").language("en")
        .organization("Benchmark Clinic", "555-0100").build();
    return new Publication(metadata, articles);
  }
}
