package dev.pamphlet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.CrossRef;
import dev.pamphlet.core.model.Figure;
import dev.pamphlet.core.model.Link;
import dev.pamphlet.core.model.Paragraph;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.model.Section;
import org.junit.jupiter.api.Test;

/** Nodes read from JSON carry their file, line and column, so later diagnostics can too. */
class JsonSourceMapTest {

  private static final String BOOKLET = String.join("\n",
      "{",
      "  \"pamphlet\": 1,",
      "  \"type\": \"publication\",",
      "  \"articles\": [",
      "    {",
      "      \"type\": \"article\",",
      "      \"id\": \"care\",",
      "      \"blocks\": [",
      "        {\"type\": \"section\", \"id\": \"calls\", \"blocks\": [",
      "          {\"type\": \"paragraph\", \"content\": [",
      "            {\"type\": \"cross-ref\", \"article\": \"care\", \"section\": \"gone\"},",
      "            {\"type\": \"link\", \"url\": \"javascript:alert(1)\"}",
      "          ]},",
      "          {\"type\": \"figure\", \"source\": \"brain.png\"}",
      "        ]}",
      "      ]",
      "    }",
      "  ]",
      "}",
      "");

  private final ReadResult<Publication> read =
      JsonCodec.create().readPublication("booklet.json", BOOKLET);

  @Test
  void nodesAreMappedToWhereTheirObjectStarts() {
    Article article = read.value().articles().get(0);
    Section section = (Section) article.blocks().get(0);
    Paragraph paragraph = (Paragraph) section.blocks().get(0);
    CrossRef crossRef = (CrossRef) paragraph.content().get(0);
    Link link = (Link) paragraph.content().get(1);
    Figure figure = (Figure) section.blocks().get(1);
    SourceMap map = read.sourceMap();

    assertThat(read.diagnostics()).isEmpty();
    assertThat(map.positionOf(article)).isEqualTo(at(5, 5));
    assertThat(map.positionOf(section)).isEqualTo(at(9, 9));
    assertThat(map.positionOf(paragraph)).isEqualTo(at(10, 11));
    assertThat(map.positionOf(crossRef)).isEqualTo(at(11, 13));
    assertThat(map.positionOf(link)).isEqualTo(at(12, 13));
    assertThat(map.positionOf(figure)).isEqualTo(at(14, 11));
  }

  @Test
  void articlesAreMappedToTheirFile() {
    assertThat(read.sourceMap().fileOf("care")).isEqualTo("booklet.json");
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition("booklet.json", line, column);
  }
}
