package dev.pamphlet.core.readability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.SourceMap;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Publication;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReadabilityJsonTest {
  @Test
  void theReportCarriesScoresCountsAndFindingsPerArticle() {
    Article english = Article.builder("rest").title("Rest").language("en")
        .paragraph("Rest well today. Drink water.").build();
    Article portuguese = Article.builder("descanso").title("Descanso").language("pt")
        .paragraph("Descanse bem.").build();
    Publication publication = Publication.builder().language("en").article(english)
        .article(portuguese).build();
    List<ArticleReadability> results = ReadabilityAnalyzer.create(PlainLanguageRules.DEFAULT)
        .analyze(publication, SourceMap.EMPTY);

    JsonNode json = JsonMapper.builder().build()
        .readTree(ReadabilityJson.write(results, PlainLanguageRules.DEFAULT));

    assertThat(json.get("targetGrade").asDouble()).isEqualTo(8.0);
    JsonNode first = json.get("articles").get(0);
    assertThat(first.get("id").asString()).isEqualTo("rest");
    assertThat(first.get("scores").get("words").asInt()).isEqualTo(5);
    assertThat(first.get("scores").get("sentences").asInt()).isEqualTo(2);
    assertThat(first.get("findings").get(0).get("code").asString()).startsWith("plain.");
    JsonNode second = json.get("articles").get(1);
    assertThat(second.has("scores")).isFalse();
    assertThat(second.get("findings").get(0).get("code").asString())
        .isEqualTo("plain.language-unsupported");
  }
}
