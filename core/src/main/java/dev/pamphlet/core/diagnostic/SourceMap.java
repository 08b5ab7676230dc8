package dev.pamphlet.core.diagnostic;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Where each node of a model came from. Kept beside the model rather than inside the records, so
 * two equal articles read from different files stay equal. Keys are node instances (identity,
 * not equality: two equal paragraphs in one file have two positions).
 *
 * <p>Immutable and thread-safe once built; build one with {@link #builder()}.
 */
public final class SourceMap {
  /** A map that knows nothing: content built in code. */
  public static final SourceMap EMPTY = new SourceMap(new IdentityHashMap<>(), Map.of());

  private final IdentityHashMap<Object, SourcePosition> positions;
  private final Map<String, String> articleFiles;

  private SourceMap(IdentityHashMap<Object, SourcePosition> positions,
      Map<String, String> articleFiles) {
    this.positions = positions;
    this.articleFiles = articleFiles;
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Where {@code node} was read from; else the file of {@code articleId}; else
   * {@link SourcePosition#UNKNOWN}.
   */
  public SourcePosition positionOf(Object node, String articleId) {
    SourcePosition position = positions.get(node);
    if (position != null) {
      return position;
    }
    String file = articleFiles.get(articleId);
    return file == null ? SourcePosition.UNKNOWN : SourcePosition.of(file);
  }

  /** Where {@code node} was read from, or {@link SourcePosition#UNKNOWN}. */
  public SourcePosition positionOf(Object node) {
    return positions.getOrDefault(node, SourcePosition.UNKNOWN);
  }

  /**
   * The position of the last of {@code nodes} this map knows, else {@code fallback}: for a
   * path from an article down to a node, the deepest place that can be named.
   */
  public SourcePosition positionOfLast(List<?> nodes, SourcePosition fallback) {
    for (int i = nodes.size() - 1; i >= 0; i--) {
      SourcePosition position = positions.get(nodes.get(i));
      if (position != null) {
        return position;
      }
    }
    return fallback;
  }

  /** The file an article was read from, or {@code ""}. */
  public String fileOf(String articleId) {
    return articleFiles.getOrDefault(articleId, "");
  }

  /** This map and {@code other} together (for a publication read from many files). */
  public SourceMap merge(SourceMap other) {
    Builder builder = new Builder();
    builder.positions.putAll(positions);
    builder.positions.putAll(other.positions);
    builder.articleFiles.putAll(articleFiles);
    builder.articleFiles.putAll(other.articleFiles);
    return builder.build();
  }

  /** Collects positions while a reader builds a model. Not thread-safe. */
  public static final class Builder {
    private IdentityHashMap<Object, SourcePosition> positions = new IdentityHashMap<>();
    private final Map<String, String> articleFiles = new java.util.HashMap<>();
    /** Whether a built map holds {@code positions}: copied before the next change, not before. */
    private boolean shared;

    private Builder() {}

    public Builder put(Object node, SourcePosition position) {
      if (shared) {
        positions = new IdentityHashMap<>(positions);
        shared = false;
      }
      positions.put(Objects.requireNonNull(node), Objects.requireNonNull(position));
      return this;
    }

    public Builder article(String articleId, String file) {
      articleFiles.put(articleId, file);
      return this;
    }

    public SourceMap build() {
      shared = true;
      return new SourceMap(positions, Map.copyOf(articleFiles));
    }
  }
}
