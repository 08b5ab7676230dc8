package dev.pamphlet.core.load;

import dev.pamphlet.core.diagnostic.DecodedSource;
import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.json.JsonCodec;
import dev.pamphlet.core.markdown.MarkdownReader;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Reads a publication from the files people keep content in: Markdown files ({@code .md},
 * {@code .markdown}), Pamphlet JSON files ({@code .json}, holding an article or a whole
 * publication) and folders of them. Immutable and thread-safe; create it once.
 *
 * <pre>{@code
 * ReadResult<Publication> result = SourceLoader.create().load(List.of(Path.of("examples")));
 * result.diagnostics().forEach(System.err::println);
 * }</pre>
 *
 * <ul>
 *   <li>A folder with a {@code booklet.yaml} manifest gives the booklet its metadata, whether it
 *       is numbered, and the article order (see the manifest keys below). Listed files that do
 *       not exist are errors; article files the manifest leaves out are warnings. Naming the
 *       {@code booklet.yaml} file itself means its folder.
 *   <li>A folder without a manifest: its article files (not sub-folders) in name order.
 *   <li>Several sources: their articles in the order given. The booklet's metadata comes from
 *       the first manifest or JSON publication among them; failing that, from the first
 *       article.
 * </ul>
 *
 * <p>Manifest keys: {@code title}, {@code subtitle}, {@code summary}, {@code authors},
 * {@code language}, {@code organization} ({@code name}, {@code contact}), {@code reviewed},
 * {@code next-review} ({@code YYYY-MM-DD}), {@code keywords}, {@code sources} ({@code text},
 * {@code url}), {@code cover} (relative to the folder), {@code numbered} ({@code true} or
 * {@code false}) and {@code articles} (file names, relative to the folder, in reading order).
 * Its {@code plain-language} part is read by
 * {@link dev.pamphlet.core.readability.ManifestRules}.
 *
 * <p>Files are read as UTF-8 (a byte order mark is dropped, Windows line ends are fine).
 * Problems in content are diagnostics, with file paths as given (relative stays relative);
 * only a missing or unreadable path is an {@link IOException}. Repeated article ids are left
 * to the validator.
 *
 * <p>The files of one call are parsed in parallel, on the common fork-join pool; the result, its
 * order and its diagnostics are the same as one file after another.
 */
public final class SourceLoader {
  private final MarkdownReader markdown;
  private final JsonCodec json;

  private SourceLoader(MarkdownReader markdown, JsonCodec json) {
    this.markdown = markdown;
    this.json = json;
  }

  /** A loader with the standard Markdown reader and JSON codec. */
  public static SourceLoader create() {
    return new SourceLoader(MarkdownReader.create(), JsonCodec.create());
  }

  /**
   * Reads {@code sources} into one publication.
   *
   * @param sources Markdown files, JSON files or folders, in reading order; at least one
   * @return the publication, every problem found, and where each node came from
   * @throws java.nio.file.NoSuchFileException when a source does not exist
   * @throws IOException when a file or folder cannot be read
   * @throws IllegalArgumentException when {@code sources} is empty
   */
  public ReadResult<Publication> load(List<Path> sources) throws IOException {
    Objects.requireNonNull(sources, "sources");
    if (sources.isEmpty()) {
      throw new IllegalArgumentException("no sources given: name Markdown files, JSON files or "
          + "folders");
    }
    SourcePlan plan = SourcePlan.of(sources);
    // The files are read and parsed in parallel (each on its own, with nothing shared), then
    // added in the plan's order, so the result and its diagnostics do not depend on timing.
    List<SourcePlan.ArticleFile> files = new ArrayList<>();
    for (SourcePlan.Part part : plan.parts()) {
      if (part instanceof SourcePlan.ArticleFile file) {
        files.add(file);
      }
    }
    Iterator<Consumer<PublicationAssembly>> reads = InOrder.map(files, this::read).iterator();
    PublicationAssembly assembly = new PublicationAssembly(plan.problems());
    for (SourcePlan.Part part : plan.parts()) {
      if (part instanceof SourcePlan.Manifest manifest) {
        assembly.offer(withCoverIn(manifest), manifest.manifest().numbered());
      } else if (part instanceof SourcePlan.ArticleFile) {
        reads.next().accept(assembly);
      }
    }
    return assembly.result();
  }

  /** Reads one file; what it contributes is added to the assembly later, in order. */
  private Consumer<PublicationAssembly> read(SourcePlan.ArticleFile file) throws IOException {
    String display = file.display();
    DecodedSource text = DecodedSource.decode(display, Files.readAllBytes(file.path()));
    List<Diagnostic> textProblems = text.problems();
    if (!file.isJson()) {
      ReadResult<Article> article = markdown.read(display, text.text());
      return assembly -> {
        assembly.problems(textProblems);
        assembly.article(article, display);
      };
    }
    // A JSON file with errors holds an empty placeholder, never half a model: it adds its
    // diagnostics and nothing else.
    if (JsonKind.isPublication(text.text())) {
      ReadResult<Publication> read = json.readPublication(display, text.text());
      return assembly -> {
        assembly.problems(textProblems);
        if (read.hasErrors()) {
          assembly.problems(read.diagnostics());
        } else {
          assembly.offer(read.value().metadata(), read.value().numbered());
          assembly.articles(read, display);
        }
      };
    }
    ReadResult<Article> read = json.readArticle(display, text.text());
    return assembly -> {
      assembly.problems(textProblems);
      if (read.hasErrors()) {
        assembly.problems(read.diagnostics());
      } else {
        assembly.article(read, display);
      }
    };
  }

  /** The manifest's metadata, its cover made relative to where the loader runs. */
  private static Metadata withCoverIn(SourcePlan.Manifest manifest) {
    Metadata metadata = manifest.manifest().metadata();
    String cover = metadata.cover();
    if (cover.isEmpty() || cover.contains(":")) {
      return metadata;
    }
    return metadata.toBuilder().cover(manifest.folder().resolve(cover).toString()).build();
  }
}
