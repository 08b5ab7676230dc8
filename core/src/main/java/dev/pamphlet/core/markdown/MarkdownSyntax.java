package dev.pamphlet.core.markdown;

import com.vladsch.flexmark.ext.admonition.AdmonitionExtension;
import com.vladsch.flexmark.ext.attributes.AttributesExtension;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.yaml.front.matter.YamlFrontMatterExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.core.ReferencePreProcessorFactory;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.util.ArrayList;
import java.util.List;

/**
 * The Markdown dialect Pamphlet reads: CommonMark, GFM tables and task lists, and our extras.
 * flexmark parsers are immutable once built and safe to share between threads.
 */
final class MarkdownSyntax {
  private final Parser standard = parser(true);
  private final Parser withoutFrontMatter = parser(false);

  /** The parser for the dialect. */
  Parser standard() {
    return standard;
  }

  /**
   * The same dialect without front matter: for a document whose leading {@code ---} block is
   * not YAML key/value pairs, which CommonMark reads as a rule and a heading.
   */
  Parser withoutFrontMatter() {
    return withoutFrontMatter;
  }

  private static Parser parser(boolean frontMatter) {
    MutableDataSet options = new MutableDataSet();
    List<Extension> extensions = new ArrayList<>(List.of(
        TablesExtension.create(),
        FootnoteExtension.create(),
        TaskListExtension.create(),
        StrikethroughExtension.create(),
        AttributesExtension.create(),
        AdmonitionExtension.create()));
    if (frontMatter) {
      extensions.add(YamlFrontMatterExtension.create());
    }
    options.set(Parser.EXTENSIONS, extensions);
    // GFM tables: one header row, no captions or column spans. Extra cells are kept rather
    // than discarded (GFM drops them) because no text may be lost.
    options.set(TablesExtension.WITH_CAPTION, false);
    options.set(TablesExtension.COLUMN_SPANS, false);
    options.set(TablesExtension.MIN_HEADER_ROWS, 1);
    options.set(TablesExtension.MAX_HEADER_ROWS, 1);
    options.set(TablesExtension.APPEND_MISSING_COLUMNS, false);
    options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, false);
    options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, true);
    // The admonition defaults, computed once: left unset, flexmark computes them again for
    // every document, reading the icon files from the class path (a fifth of a parse).
    options.set(AdmonitionExtension.QUALIFIER_TYPE_MAP, AdmonitionExtension.getQualifierTypeMap());
    options.set(AdmonitionExtension.QUALIFIER_TITLE_MAP,
        AdmonitionExtension.getQualifierTitleMap());
    options.set(AdmonitionExtension.TYPE_SVG_MAP, AdmonitionExtension.getQualifierSvgValueMap());
    return Parser.builder(options)
        .customInlineParserFactory(LinkLabelInlineParser::new)
        // With an inline parser of its own, flexmark leaves out its reference pre-processor
        // (the one that reads link reference definitions): it is added back here.
        .paragraphPreProcessorFactory(new ReferencePreProcessorFactory())
        .build();
  }
}
