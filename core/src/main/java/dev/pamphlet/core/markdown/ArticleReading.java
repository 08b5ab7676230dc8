package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterBlock;
import com.vladsch.flexmark.util.ast.Document;
import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Ids;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Paragraph;
import java.util.ArrayList;
import java.util.List;

/** Reads one Markdown text into an article: the work of one {@code MarkdownReader.read} call. */
final class ArticleReading {
  private final String file;
  private final String markdown;
  private final SourceLines lines;
  private final List<Diagnostic> frontDiagnostics = new ArrayList<>();

  ArticleReading(String file, String markdown) {
    this.file = file;
    this.markdown = markdown;
    this.lines = new SourceLines(file, markdown);
  }

  /** Reads the text; never throws on content. */
  ReadResult<Article> read(MarkdownSyntax syntax) {
    try {
      return readOrFail(syntax);
    } catch (RuntimeException e) {
      return unreadable(e);
    }
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

  /** Last resort when flexmark itself fails: the whole text, kept, and an error. */
  private ReadResult<Article> unreadable(RuntimeException e) {
    Diagnostic problem = Diagnostic.error("markdown.internal",
        "could not read this file (" + e + "); its text is kept as written", lines.at(0));
    List<Paragraph> text = markdown.isBlank() ? List.of() : List.of(Paragraph.of(markdown));
    Article article = new Article(idFromFileName(file), Metadata.EMPTY, List.copyOf(text));
    return new ReadResult<>(article, List.of(problem),
        SourceMap.builder().article(article.id(), file).build());
  }
}
