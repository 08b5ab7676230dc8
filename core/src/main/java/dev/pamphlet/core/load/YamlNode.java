package dev.pamphlet.core.load;

import dev.pamphlet.core.diagnostic.SourcePosition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers where it starts, so the manifest reader can report a
 * problem at the line the author wrote it on. Jackson's own tree forgets positions.
 */
sealed interface YamlNode {
  /** Where the value starts. */
  SourcePosition position();

  /** A word for messages: "text", "a list", "a mapping". */
  String kind();

  /**
   * A scalar.
   *
   * @param text the scalar's text ({@code ""} for null)
   * @param type what YAML resolved it to: string, number, boolean or null
   */
  record Scalar(String text, ScalarType type, SourcePosition position) implements YamlNode {
    @Override
    public String kind() {
      return type == ScalarType.STRING ? "text" : type.name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A sequence ({@code - item}). */
  record Sequence(List<YamlNode> items, SourcePosition position) implements YamlNode {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  /**
   * A mapping ({@code key: value}), in the order written.
   *
   * @param entries the values by key, in order
   * @param keyPositions where each key was written
   */
  record Mapping(Map<String, YamlNode> entries, Map<String, SourcePosition> keyPositions,
      SourcePosition position) implements YamlNode {
    public Mapping {
      entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
      keyPositions = Map.copyOf(keyPositions);
    }

    @Override
    public String kind() {
      return "a mapping";
    }
  }

  /** What a YAML scalar resolved to. */
  enum ScalarType {
    STRING, NUMBER, BOOLEAN, NULL
  }
}
