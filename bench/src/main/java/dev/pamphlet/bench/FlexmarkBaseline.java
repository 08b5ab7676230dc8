package dev.pamphlet.bench;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;

/**
 * flexmark configured exactly as Pamphlet's reader configures it: the fair comparison for "our
 * Markdown → model against flexmark's parse alone".
 *
 * <p>The parser is the reader's own: it comes from the package-private
 * {@code dev.pamphlet.core.markdown.MarkdownSyntax}, reached by reflection so that flexmark
 * types stay out of Pamphlet's public API and the baseline can never drift from the reader's
 * extensions and options (table options included). Should that class be renamed, the
 * benchmark fails at set-up rather than silently comparing against another configuration.
 */
final class FlexmarkBaseline {
  final Parser parser;
  final HtmlRenderer renderer;

  FlexmarkBaseline() {
    parser = readerParser();
    renderer = HtmlRenderer.builder(parser.getOptions()).build();
  }

  private static Parser readerParser() {
    try {
      Class<?> syntax = Class.forName("dev.pamphlet.core.markdown.MarkdownSyntax");
      Constructor<?> create = syntax.getDeclaredConstructor();
      create.setAccessible(true);
      Method standard = syntax.getDeclaredMethod("standard");
      standard.setAccessible(true);
      return (Parser) standard.invoke(create.newInstance());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot reach the reader's flexmark parser", e);
    }
  }
}
