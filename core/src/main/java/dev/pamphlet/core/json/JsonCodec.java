package dev.pamphlet.core.json;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Nesting;
import dev.pamphlet.core.model.Publication;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Reads and writes publications and articles as JSON, in the versioned wire format described in
 * {@code docs/json-format.md} and by the JSON Schema {@code pamphlet-1.schema.json} beside this
 * class. Immutable and thread-safe: create one and share it.
 *
 * <pre>{@code
 * JsonCodec json = JsonCodec.create();
 * String text = json.write(publication);
 * ReadResult<Publication> read = json.readPublication("booklet.json", text);
 * }</pre>
 *
 * <p>Output is deterministic: fields in a fixed order, two-space indentation, {@code \n} line
 * ends and a final newline; empty optional fields are left out. Reading never throws on
 * content: malformed JSON, unknown types or fields, missing or ill-typed values and an unknown
 * format version all become {@link Diagnostic}s ({@code json.syntax}, {@code
 * json.unknown-type}, {@code json.unknown-field}, {@code json.missing-field}, {@code
 * json.bad-value}, {@code json.version}, {@code json.nesting-too-deep}, {@code
 * json.too-large}) with the file, line, column and the JSON path of the problem. When there is
 * any, the value is an empty placeholder, never a half-built model.
 *
 * <p>Why an explicit reader and writer over Jackson's streaming API rather than data binding
 * with mix-ins: the wire format is not the records' shape (type names, lowercase enum names,
 * left-out defaults, ISO dates), the reader must know the position of every node for
 * diagnostics and the {@link SourceMap}, which data binding discards, and it must report every
 * problem in one pass instead of stopping at the first exception. Written out, each node's
 * format is a few obvious lines, and the model stays free of annotations.
 */
public final class JsonCodec {

  /** The version of the wire format this codec reads and writes: the {@code "pamphlet"} field. */
  public static final int FORMAT_VERSION = 1;

  /**
   * The longest JSON text read, in characters: as for Markdown, a longer one is refused with
   * {@code json.too-large} rather than risking running out of memory.
   */
  public static final int MAX_LENGTH = 10_000_000;

  private final JsonFactory factory;
  private final ObjectWriteContext prettyPrinting;

  private JsonCodec() {
    this.factory = new JsonFactory();
    this.prettyPrinting = new PrettyPrinting();
  }

  /** A codec for wire format {@value #FORMAT_VERSION}. */
  public static JsonCodec create() {
    return new JsonCodec();
  }

  /** The publication as a JSON document. */
  public String write(Publication publication) {
    return write(out -> new ModelWriter(out).publication(publication));
  }

  /** The article as a JSON document of its own. */
  public String write(Article article) {
    return write(out -> new ModelWriter(out).article(article, true));
  }

  /** Writes the publication as UTF-8 JSON to {@code out}, which is left open. */
  public void write(Publication publication, OutputStream out) throws IOException {
    out.write(write(publication).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a publication document.
   *
   * @param file the name to show in diagnostics and the source map
   * @param json the text
   */
  public ReadResult<Publication> readPublication(String file, String json) {
    return read(file, json, ModelReader::publication,
        new Publication(Metadata.EMPTY, List.of(), false));
  }

  /**
   * Reads an article document. On errors the placeholder article's id is the file name without
   * folders and extension (its slug if that is not a valid id; {@code "article"} if nothing is
   * left).
   *
   * @param file the name to show in diagnostics and the source map
   * @param json the text
   */
  public ReadResult<Article> readArticle(String file, String json) {
    return read(file, json, ModelReader::article,
        new Article(placeholderId(file), Metadata.EMPTY, List.of()));
  }

  private <T> ReadResult<T> read(String file, String json,
      BiFunction<ModelReader, JsonValue, T> decode, T placeholder) {
    Decoding decoding = new Decoding(file);
    T value = null;
    if (json.length() > MAX_LENGTH) {
      decoding.report(Diagnostic.error(Decoding.TOO_LARGE, String.format(Locale.ROOT,
          "this file is %,d characters long; Pamphlet reads JSON files of up to %,d characters",
          json.length(), MAX_LENGTH), new SourcePosition(file, 1, 1)));
      return new ReadResult<>(placeholder, decoding.diagnostics(), placeholder instanceof Article
          article ? SourceMap.builder().article(article.id(), file).build() : SourceMap.EMPTY);
    }
    try {
      value = decode.apply(new ModelReader(decoding), TreeParser.parse(factory, json));
    } catch (MalformedJsonException e) {
      decoding.error(Decoding.SYNTAX, e.position(), e.path(), "malformed JSON: " + e.getMessage());
    }
    if (value != null && decoding.diagnostics().isEmpty()) {
      checkNesting(value, decoding);
    }
    if (value == null || !decoding.diagnostics().isEmpty()) {
      SourceMap files = placeholder instanceof Article article
          ? SourceMap.builder().article(article.id(), file).build()
          : SourceMap.EMPTY;
      return new ReadResult<>(placeholder, decoding.diagnostics(), files);
    }
    return new ReadResult<>(value, decoding.diagnostics(), decoding.sourceMap());
  }

  /**
   * Reports an article nested deeper than {@link Nesting#MAX_DEPTH}: Jackson stops at 500 JSON
   * levels, but 250 levels of blocks are still more than exporters can be asked to lay out.
   */
  private static void checkNesting(Object value, Decoding decoding) {
    List<Article> articles = value instanceof Publication publication ? publication.articles()
        : List.of((Article) value);
    for (Article article : articles) {
      Nesting.tooDeep(article).ifPresent(path -> {
        SourceMap positions = decoding.sourceMap();
        decoding.report(Diagnostic.error(Decoding.NESTING_TOO_DEEP, "article '" + article.id()
            + "' is nested more than " + Nesting.MAX_DEPTH + " levels deep (blocks and inlines"
            + " inside one another), deeper than Pamphlet reads",
            positions.positionOfLast(path, positions.positionOf(article, article.id()))));
      });
    }
  }

  private String write(Consumer<JsonGenerator> body) {
    StringWriter text = new StringWriter();
    try (JsonGenerator out = factory.createGenerator(prettyPrinting, text)) {
      body.accept(out);
    }
    return text.append('\n').toString();
  }

  static String placeholderId(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    if (dot > 0) {
      name = name.substring(0, dot);
    }
    if (Ids.isValid(name)) {
      return name;
    }
    return name.codePoints().anyMatch(Character::isLetterOrDigit) ? Ids.slug(name) : "article";
  }

  /** Two-space indentation, {@code "name": value}, {@code \n} line ends on every platform. */
  private static final class PrettyPrinting extends ObjectWriteContext.Base {
    private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
    private static final Separators SEPARATORS = Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER)
        .withObjectEmptySeparator("")
        .withArrayEmptySeparator("");

    @Override
    public PrettyPrinter getPrettyPrinter() {
      // A fresh instance per document: DefaultPrettyPrinter tracks nesting and is not shared.
      return new DefaultPrettyPrinter(SEPARATORS)
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  }
}
