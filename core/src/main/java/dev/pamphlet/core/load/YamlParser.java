package dev.pamphlet.core.load;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.SourcePosition;
import dev.pamphlet.core.load.YamlNode.Mapping;
import dev.pamphlet.core.load.YamlNode.ScalarType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads YAML text into {@link YamlNode}s with positions, through Jackson's streaming parser.
 * Immutable and thread-safe.
 */
final class YamlParser {
  private static final YAMLFactory FACTORY = YAMLFactory.builder().build();
  private static final Pattern MARK = Pattern.compile("^ in .*line (\\d+), column (\\d+)");

  private YamlParser() {}

  /**
   * The first document of {@code text}; an empty document is an empty mapping. Syntax errors
   * and repeated keys are added to {@code problems}; on a syntax error the result is empty.
   */
  static Optional<YamlNode> parse(String file, String text, List<Diagnostic> problems) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), text)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return Optional.of(new Mapping(Map.of(), Map.of(), new SourcePosition(file, 1, 1)));
      }
      return Optional.of(new Walk(file, parser, problems).value());
    } catch (JacksonException e) {
      problems.add(syntaxError(file, e));
      return Optional.empty();
    }
  }

  /**
   * The YAML library's message has a context line, a problem line and source excerpts with
   * "line N, column M" marks; keep the two sentences and place the error at the problem's mark,
   * which is more precise than the stream location.
   */
  private static Diagnostic syntaxError(String file, JacksonException e) {
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    List<String> sentences = new ArrayList<>();
    SourcePosition at = position(file, e.getLocation());
    for (String line : message.split("\n")) {
      Matcher mark = MARK.matcher(line);
      if (mark.find()) {
        at = new SourcePosition(file, Integer.parseInt(mark.group(1)),
            Integer.parseInt(mark.group(2)));
      } else if (!line.isBlank() && !Character.isWhitespace(line.charAt(0))) {
        sentences.add(line.strip());
      }
    }
    String problem = sentences.isEmpty() ? "unexpected input"
        : sentences.get(sentences.size() - 1);
    String context = sentences.size() > 1 ? " (" + sentences.get(0) + ")" : "";
    return Diagnostic.error(LoadCodes.SYNTAX, "this is not valid YAML: " + problem + context, at);
  }

  private static SourcePosition position(String file, TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return SourcePosition.of(file);
    }
    return new SourcePosition(file, location.getLineNr(), Math.max(0, location.getColumnNr()));
  }

  /** One pass over the token stream, the parser positioned on the value to read. */
  private static final class Walk {
    private final String file;
    private final JsonParser parser;
    private final List<Diagnostic> problems;

    Walk(String file, JsonParser parser, List<Diagnostic> problems) {
      this.file = file;
      this.parser = parser;
      this.problems = problems;
    }

    YamlNode value() {
      SourcePosition at = position(file, parser.currentTokenLocation());
      JsonToken token = parser.currentToken();
      switch (token) {
        case START_OBJECT:
          return mapping(at);
        case START_ARRAY:
          return sequence(at);
        case VALUE_NULL:
          return new YamlNode.Scalar("", ScalarType.NULL, at);
        case VALUE_TRUE:
        case VALUE_FALSE:
          return new YamlNode.Scalar(parser.getString(), ScalarType.BOOLEAN, at);
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          return new YamlNode.Scalar(parser.getString(), ScalarType.NUMBER, at);
        default:
          return new YamlNode.Scalar(parser.getString(), ScalarType.STRING, at);
      }
    }

    private YamlNode mapping(SourcePosition at) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      Map<String, SourcePosition> keys = new HashMap<>();
      while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
        String key = parser.currentName();
        SourcePosition keyAt = position(file, parser.currentTokenLocation());
        parser.nextToken();
        YamlNode value = value();
        if (entries.containsKey(key)) {
          problems.add(Diagnostic.error(LoadCodes.DUPLICATE_KEY,
              "'" + key + "' is given twice; the first one (line " + keys.get(key).line()
                  + ") is used", keyAt));
        } else {
          entries.put(key, value);
          keys.put(key, keyAt);
        }
      }
      return new Mapping(entries, keys, at);
    }

    private YamlNode sequence(SourcePosition at) {
      List<YamlNode> items = new ArrayList<>();
      for (JsonToken token = parser.nextToken(); token != null && token != JsonToken.END_ARRAY;
          token = parser.nextToken()) {
        items.add(value());
      }
      return new YamlNode.Sequence(items, at);
    }
  }
}
