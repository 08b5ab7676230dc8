package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Nesting;
import dev.pamphlet.core.model.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads one Markdown text into an article: the work of one {@code MarkdownReader.read} call. */
final class ArticleReading {
  /** The code of text nested deeper than {@link Nesting#MAX_DEPTH}. */
  static final String NESTING_TOO_DEEP = "markdown.nesting-too-deep";
  /** The code of control characters replaced by U+FFFD. */
  static final String CONTROL_CHARACTER = "markdown.control-character";
  /** The code of text longer than {@link MarkdownReader#MAX_LENGTH}. */
  static final String TOO_LARGE = "markdown.too-large";
  private static final String KEPT = "the file's text is kept as written, in one paragraph";

  private final String file;
  private final String markdown;
  private final SourceLines lines;
  private final List<Diagnostic> frontDiagnostics = new ArrayList<>();

  ArticleReading(String file, String markdown) {
    this.file = file;
    this.lines = new SourceLines(file, markdown);
    int control = firstControl(markdown);
    this.markdown = control < 0 ? markdown : withoutControls(markdown);
    if (control >= 0) {
      // XML (so XHTML, the EPUB's navigation, PDF metadata) cannot hold these at all; found by
      // fuzzing, as a BEL in a heading that broke the EPUB's table of contents.
      frontDiagnostics.add(Diagnostic.warning(CONTROL_CHARACTER, String.format(Locale.ROOT,
          "this file holds control characters (the first is U+%04X) that no format can show; "
          + "they are shown as '\uFFFD'", (int) markdown.charAt(control)), lines.at(control)));
    }
  }

  /**
   * The first control character other than tab and line ends (and NUL, which CommonMark itself
   * turns into U+FFFD), or noncharacter; -1 when there is none.
   */
  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\0')
        || c == '\uFFFE' || c == '\uFFFF';
  }

  /** The text with each such character replaced by U+FFFD: one for one, so positions hold. */
  private static String withoutControls(String text) {
    StringBuilder out = new StringBuilder(text);
    for (int i = 0; i < out.length(); i++) {
      if (isControl(out.charAt(i))) {
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out.toString();
  }

  /** Reads the text; never throws on content. */
  ReadResult<Article> read(MarkdownSyntax syntax) {
    if (markdown.length() > MarkdownReader.MAX_LENGTH) {
      return refused(Diagnostic.error(TOO_LARGE, String.format(Locale.ROOT, "this file is %,d "
          + "characters long; Pamphlet reads Markdown files of up to %,d characters (about 1.5"
          + " million words): split it into several articles", markdown.length(),
          MarkdownReader.MAX_LENGTH), lines.at(0)));
    }
    int tooDeep = NestingScan.tooDeepAt(markdown);
    if (tooDeep >= 0) {
      return keptAsText(Diagnostic.error(NESTING_TOO_DEEP, "this line nests quotes, lists, "
          + "indentation, emphasis or brackets too deeply to read (Pamphlet reads at most "
          + Nesting.MAX_DEPTH + " levels of nesting); " + KEPT, lines.at(tooDeep)));
    }
    ReadResult<Article> read;
    try {
      read = readOrFail(syntax);
    } catch (RuntimeException e) {
      return keptAsText(Diagnostic.error("markdown.internal",
          "could not read this file (" + e + "); " + KEPT, lines.at(0)));
    }
    Optional<List<Object>> deep = Nesting.tooDeep(read.value());
    if (deep.isPresent()) {
      return keptAsText(Diagnostic.error(NESTING_TOO_DEEP, "this is nested more than "
          + Nesting.MAX_DEPTH + " levels deep (quotes, lists, callouts, notes, emphasis or "
          + "links inside one another), deeper than Pamphlet reads; " + KEPT,
          read.sourceMap().positionOfLast(deep.get(), lines.at(0))));
    }
    return read;
  }

  private ReadResult<Article> readOrFail(MarkdownSyntax syntax) {
    Document document = syntax.standard().parse(markdown);
    FrontMatter.Result front = frontMatter(document);
    if (front == null) {
      // A leading '---' block that is no key/value pairs: CommonMark's rule and heading.
      document = syntax.withoutFrontMatter().parse(markdown);
      front = FrontMatter.Result.EMPTY;
    }
    ReadContext context = new ReadContext(lines, document);
    context.articleId(front.id().isEmpty() ? idFromFileName(file) : front.id());
    BlockConverter blocks = new BlockConverter(context);
    SectionNester.Body body = new SectionNester(context, blocks)
        .nest(document, front.metadata().title().isEmpty());
    Metadata metadata = body.title().isEmpty()
        ? front.metadata() : front.metadata().toBuilder().title(body.title()).build();
    Article article = new Article(context.articleId(), metadata, body.blocks());
    context.diagnostics().addAll(frontDiagnostics);
    return new ReadResult<>(article, context.diagnostics(), context.sourceMap());
  }

  /** The front matter, or null when the leading {@code ---} block is not front matter. */
  private FrontMatter.Result frontMatter(Document document) {
    if (!(document.getFirstChild() instanceof YamlFrontMatterBlock block)) {
      return FrontMatter.Result.EMPTY;
    }
    int firstLine = lines.at(block.getStartOffset()).line() + 1;
    return FrontMatter.read(FrontMatter.yamlOf(SourceText.of(block.getChars())), firstLine, lines,
        frontDiagnostics::add);
  }

  /** When the file is too large to read at all: an empty article, and the error. */
  private ReadResult<Article> refused(Diagnostic problem) {
    Article article = new Article(idFromFileName(file), Metadata.EMPTY, List.of());
    return new ReadResult<>(article, List.of(problem),
        SourceMap.builder().article(article.id(), file).build());
  }

  /** The article id a file name gives: its name without extension, slugged when not valid. */
  static String idFromFileName(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    if (stem.isBlank()) {
      return "article";
    }
    return Ids.isValid(stem) ? stem : Ids.slug(stem);
  }

  /**
   * When the file cannot be read (flexmark fails, or the text nests too deeply): the whole text,
   * kept, and the error.
   */
  private ReadResult<Article> keptAsText(Diagnostic problem) {
    List<Paragraph> text = markdown.isBlank() ? List.of() : List.of(Paragraph.of(markdown));
    Article article = new Article(idFromFileName(file), Metadata.EMPTY, List.copyOf(text));
    return new ReadResult<>(article, List.of(problem),
        SourceMap.builder().article(article.id(), file).build());
  }
}
