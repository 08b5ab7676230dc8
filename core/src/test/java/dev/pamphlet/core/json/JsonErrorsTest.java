package dev.pamphlet.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Article;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.Publication;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Bad input becomes diagnostics with a stable code, the file, line and column, and the JSON path
 * in the message; the value is then an empty placeholder, never a half-built model.
 */
class JsonErrorsTest {

  private final JsonCodec codec = JsonCodec.create();

  @Test
  void malformedJsonIsASyntaxErrorAtItsLineAndColumn() {
    ReadResult<Article> read = codec.readArticle("care.json", lines(
        "{",
        "  \"pamphlet\": 1,",
        "  \"type\": \"article\"",
        "  \"id\": \"care\"",
        "}"));

    assertSingle(read, "json.syntax", 4, 3, "$: malformed JSON: ");
    assertThat(read.value()).isEqualTo(new Article("care", Metadata.EMPTY, List.of()));
  }

  @Test
  void truncatedFileIsASyntaxErrorAtTheEndWithThePathReached() {
    String json = codec.write(FixtureModels.publication());
    String truncated = json.substring(0, json.indexOf("\"Rest today.\"") + 5);
    int lastLine = truncated.split("\n", -1).length;

    ReadResult<Publication> read = codec.readPublication("booklet.json", truncated);

    assertThat(read.diagnostics()).hasSize(1);
    Diagnostic problem = read.diagnostics().get(0);
    assertThat(problem.code()).isEqualTo("json.syntax");
    assertThat(problem.position().line()).isEqualTo(lastLine);
    assertThat(problem.message())
        .startsWith("$.articles[1].blocks[0].content[0].value: malformed JSON:")
        .contains("end-of-input");
    assertThat(read.value()).isEqualTo(new Publication(Metadata.EMPTY, List.of(), false));
  }

  @Test
  void absurdlyDeepNestingIsASyntaxErrorNotACrash() {
    ReadResult<Article> read = codec.readArticle("deep.json", "[".repeat(100_000));

    assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly("json.syntax");
  }

  @Test
  void emptyFileIsASyntaxError() {
    assertSingle(codec.readArticle("empty.json", ""), "json.syntax", 1, 1,
        "$: malformed JSON: the file is empty");
  }

  @Test
  void contentAfterTheDocumentIsASyntaxError() {
    assertSingle(codec.readArticle("a.json", "{\"pamphlet\": 1, \"type\": \"article\", "
        + "\"id\": \"a\"} {}"), "json.syntax", 1, 47, "$: malformed JSON: unexpected content");
  }

  @Test
  void aFieldGivenTwiceIsASyntaxErrorAtItsSecondName() {
    assertSingle(codec.readArticle("a.json", lines(
        "{\"pamphlet\": 1, \"type\": \"article\",",
        " \"id\": \"a\", \"id\": \"b\"}")),
        "json.syntax", 2, 13, "$.id: malformed JSON: field \"id\" appears twice");
  }

  @Test
  void unknownBlockTypeIsReportedAtTheTypeValueWithItsPath() {
    ReadResult<Article> read = codec.readArticle("care.json", article(
        "    {\"type\": \"paragraph\"},",
        "    {\"type\": \"pargraph\"}"));

    assertSingle(read, "json.unknown-type", 6, 14, "$.blocks[1].type: unknown block type "
        + "\"pargraph\"; expected one of: section, paragraph, bullet-list, ordered-list, callout, "
        + "block-quote, figure, table, code-block, thematic-break");
  }

  @Test
  void blockWhereAnInlineBelongsIsAnUnknownInlineType() {
    assertSingle(codec.readArticle("care.json", article(
        "    {\"type\": \"paragraph\", \"content\": [{\"type\": \"figure\", \"source\": \"a.png\"}]}")),
        "json.unknown-type", 5, 48, "$.blocks[0].content[0].type: unknown inline type "
            + "\"figure\"");
  }

  @Test
  void missingRequiredFieldIsReportedAtTheObject() {
    assertSingle(codec.readArticle("care.json", article(
        "    {\"type\": \"section\", \"title\": [{\"type\": \"text\", \"value\": \"Dosing\"}]}")),
        "json.missing-field", 5, 5, "$.blocks[0]: missing required field \"id\"");
  }

  @Test
  void wrongValueTypeIsReportedAtTheValue() {
    assertSingle(codec.readArticle("care.json", article(
        "    {\"type\": \"ordered-list\", \"start\": \"three\"}")),
        "json.bad-value", 5, 39, "$.blocks[0].start: expected a whole number, found a string");
  }

  @Test
  void unknownFieldIsReportedAtItsName() {
    assertSingle(codec.readArticle("care.json", article(
        "    {\"type\": \"paragraph\", \"colour\": \"red\"}")),
        "json.unknown-field", 5, 27,
        "$.blocks[0].colour: unknown field \"colour\"; allowed here: type, content");
  }

  @Test
  void unsupportedVersionIsReportedAloneAtTheVersion() {
    ReadResult<Article> read = codec.readArticle("care.json", lines(
        "{",
        "  \"pamphlet\": 2,",
        "  \"type\": \"article\",",
        "  \"id\": \"care\",",
        "  \"shape\": \"new\"",
        "}"));

    assertSingle(read, "json.version", 2, 15,
        "$.pamphlet: unsupported format version 2; this reader knows version 1");
  }

  @Test
  void missingVersionIsAMissingField() {
    assertSingle(codec.readArticle("care.json", "{\"type\": \"article\", \"id\": \"care\"}"),
        "json.missing-field", 1, 1, "$: missing required field \"pamphlet\"");
  }

  @Test
  void invalidIdIsABadValueAndThePlaceholderTakesItsIdFromTheFileName() {
    ReadResult<Article> read = codec.readArticle("articles/side effects.json", lines(
        "{\"pamphlet\": 1, \"type\": \"article\",",
        " \"id\": \"side effects\"}"));

    assertSingle(read, "json.bad-value", 2, 8, "$.id: invalid id \"side effects\"");
    assertThat(read.value().id()).isEqualTo("side-effects");
    assertThat(read.value().blocks()).isEmpty();
    assertThat(read.sourceMap().fileOf("side-effects")).isEqualTo("articles/side effects.json");
  }

  @Test
  void modelRuleBrokenIsABadValueAtTheObject() {
    assertSingle(codec.readArticle("care.json", article(
        "    {\"type\": \"ordered-list\", \"start\": -1}")),
        "json.bad-value", 5, 5, "$.blocks[0]: start must be 0 or more, was -1");
  }

  @Test
  void deepPathsNameEveryStep() {
    ReadResult<Publication> read = codec.readPublication("booklet.json", lines(
        "{\"pamphlet\": 1, \"type\": \"publication\", \"articles\": [",
        "  {\"type\": \"article\", \"id\": \"a\"},",
        "  {\"type\": \"article\", \"id\": \"b\", \"blocks\": [",
        "    {\"type\": \"paragraph\"}, {\"type\": \"paragraph\"}, {\"type\": \"thematic-break\"},",
        "    {\"type\": \"bullet-list\", \"items\": [{\"check\": \"maybe\"}]}]}]}"));

    assertSingle(read, "json.bad-value", 5, 49, "$.articles[1].blocks[3].items[0].check: "
        + "unknown check state \"maybe\"; expected one of: none, unchecked, checked");
  }

  @Test
  void everyProblemIsReportedInOnePassAndNothingIsHalfBuilt() {
    ReadResult<Article> read = codec.readArticle("care.json", article(
        "    {\"type\": \"paragraph\", \"colour\": \"red\"},",
        "    {\"type\": \"callout\", \"kind\": \"danger\"},",
        "    {\"type\": \"figure\"},",
        "    {\"type\": \"paragraph\", \"content\": [{\"type\": \"text\", \"value\": \"fine\"}]}"));

    assertThat(read.diagnostics()).extracting(Diagnostic::code).containsExactly(
        "json.unknown-field", "json.bad-value", "json.missing-field");
    assertThat(read.value()).isEqualTo(new Article("care", Metadata.EMPTY, List.of()));
  }

  @Test
  void readingAnArticleAsAPublicationIsAnUnknownFileType() {
    assertSingle(codec.readPublication("care.json", article()), "json.unknown-type", 3, 11,
        "$.type: unknown file type \"article\"; expected one of: publication");
  }

  @Test
  void aRootThatIsNotAnObjectIsABadValue() {
    assertSingle(codec.readPublication("list.json", "[]"), "json.bad-value", 1, 1,
        "$: expected a Pamphlet publication (an object), found an array");
  }

  @Test
  void badDateIsABadValue() {
    assertSingle(codec.readArticle("care.json", lines(
        "{\"pamphlet\": 1, \"type\": \"article\", \"id\": \"care\",",
        " \"metadata\": {\"reviewed\": \"1 March 2026\"}}")),
        "json.bad-value", 2, 27, "$.metadata.reviewed: expected an ISO-8601 date");
  }

  /** An article file whose blocks array holds {@code blocks}, starting on line 5. */
  private static String article(String... blocks) {
    return lines("{", "  \"pamphlet\": 1,", "  \"type\": \"article\",",
        "  \"id\": \"care\", \"blocks\": [") + "\n" + String.join("\n", blocks) + "\n  ]\n}\n";
  }

  private static String lines(String... lines) {
    return String.join("\n", lines);
  }

  private static void assertSingle(ReadResult<?> read, String code, int line, int column,
      String messageStart) {
    assertThat(read.diagnostics()).hasSize(1);
    Diagnostic problem = read.diagnostics().get(0);
    assertThat(problem.code()).isEqualTo(code);
    assertThat(problem.position())
        .isEqualTo(new SourcePosition(problem.position().file(), line, column));
    assertThat(problem.message()).startsWith(messageStart);
    assertThat(problem.isError()).isTrue();
  }
}
