package dev.pamphlet.bench;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;

/**
 * flexmark configured with the same extensions Pamphlet's reader enables: the fair comparison
 * for "our Markdown → model against flexmark's parse alone".
 */
final class FlexmarkBaseline {
  final Parser parser;
  final HtmlRenderer renderer;

  FlexmarkBaseline() {
    MutableDataSet options = new MutableDataSet();
    options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
        TaskListExtension.create(), StrikethroughExtension.create(),
        YamlFrontMatterExtension.create(), AttributesExtension.create(),
        AdmonitionExtension.create()));
    parser = Parser.builder(options).build();
    renderer = HtmlRenderer.builder(options).build();
  }
}
