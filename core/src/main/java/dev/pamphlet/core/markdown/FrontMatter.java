package dev.pamphlet.core.markdown;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.model.Metadata;
import dev.pamphlet.core.model.MetadataBuilder;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads the YAML front matter of an article into {@link Metadata} and an optional article id.
 * Keys are read one by one so that every problem carries the line of its key. Front matter in
 * the forms authors usually write skips the YAML parser ({@link PlainFrontMatter}).
 */
final class FrontMatter {
  /**
   * Made on first use: front matter in the usual forms never reaches the YAML parser, and
   * setting up Jackson's mapper is a good part of a cold start's reading time.
   */
  private static final class Yaml {
    // Values are read one key at a time, so the rest of the mapping follows each value.
    static final YAMLMapper MAPPER = YAMLMapper.builder()
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .build();

    private Yaml() {}
  }

  /** What the front matter gave: metadata, and the article id ({@code ""} when not given). */
  record Result(Metadata metadata, String id) {
    static final Result EMPTY = new Result(Metadata.EMPTY, "");
  }

  private final SourceLines lines;
  private final int firstLine;
  private final Consumer<Diagnostic> report;

  /**
   * @param firstLine the 1-based source line the YAML text starts on
   */
  private FrontMatter(SourceLines lines, int firstLine, Consumer<Diagnostic> report) {
    this.lines = lines;
    this.firstLine = firstLine;
    this.report = report;
  }

  /**
   * Reads {@code yaml}, which starts on source line {@code firstLine}. Returns null, reporting
   * nothing, when the text is not meant as front matter: a lone word or a list rather than
   * key/value pairs (possibly broken), or text YAML reads as nothing but comments.
   */
  static Result read(String yaml, int firstLine, SourceLines lines, Consumer<Diagnostic> report) {
    return new FrontMatter(lines, firstLine, report).read(yaml, true);
  }

  /**
   * As {@link #read}, always through the YAML parser: the reading {@link PlainFrontMatter} must
   * agree with, for the tests that show it does.
   */
  static Result readWithYamlParser(String yaml, int firstLine, SourceLines lines,
      Consumer<Diagnostic> report) {
    return new FrontMatter(lines, firstLine, report).read(yaml, false);
  }

  private Result read(String yaml, boolean plainFirst) {
    MetadataBuilder metadata = Metadata.builder();
    FrontMatterFields fields = new FrontMatterFields(metadata, report);
    List<PlainFrontMatter.Entry> plain = plainFirst ? PlainFrontMatter.entries(yaml) : null;
    if (plain != null) {
      for (PlainFrontMatter.Entry entry : plain) {
        fields.apply(entry.key(), entry.value(), lines.at(firstLine + entry.line(), 1));
      }
      return new Result(metadata.build(), fields.id());
    }
    try (JsonParser parser = Yaml.MAPPER.createParser(yaml)) {
      JsonToken token = parser.nextToken();
      if (token == null) {
        return yaml.isBlank() ? Result.EMPTY : null;
      }
      if (token != JsonToken.START_OBJECT) {
        return null;
      }
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        SourcePosition at = position(parser.currentTokenLocation());
        parser.nextToken();
        JsonNode value = Yaml.MAPPER.readTree(parser);
        fields.apply(key, value, at);
      }
    } catch (JacksonException e) {
      report.accept(Diagnostic.error("frontmatter.invalid",
          "front matter is not valid YAML: " + e.getOriginalMessage(), position(e.getLocation())));
    }
    return new Result(metadata.build(), fields.id());
  }

  private SourcePosition position(TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return lines.at(firstLine, 1);
    }
    return lines.at(firstLine + location.getLineNr() - 1, Math.max(1, location.getColumnNr()));
  }

  /** The YAML text inside a front matter block: the lines between the {@code ---} fences. */
  static String yamlOf(String block) {
    if (block.indexOf('\r') >= 0) {
      return yamlOf(block.lines().toList());
    }
    // The same as splitting into lines below, without the split: this runs for every article.
    String text = block.endsWith("\n") ? block.substring(0, block.length() - 1) : block;
    int firstEnd = text.indexOf('\n');
    if (firstEnd < 0) {
      return "";
    }
    int lastStart = text.lastIndexOf('\n') + 1;
    int end = isFence(text.substring(lastStart).strip()) ? lastStart - 1 : text.length();
    return end <= firstEnd ? "" : text.substring(firstEnd + 1, end) + "\n";
  }

  private static String yamlOf(List<String> blockLines) {
    int end = blockLines.size();
    if (end > 1 && isFence(blockLines.get(end - 1).strip())) {
      end--;
    }
    return end <= 1 ? "" : String.join("\n", blockLines.subList(1, end)) + "\n";
  }

  private static boolean isFence(String line) {
    return line.equals("---") || line.equals("...");
  }
}
