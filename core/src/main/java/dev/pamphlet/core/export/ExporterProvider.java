package dev.pamphlet.core.export;

import java.util.Map;

/**
 * The service an exporter module registers in
 * {@code META-INF/services/dev.pamphlet.core.export.ExporterProvider}: a small factory that
 * {@link Exporters#discover()} finds on the classpath. A third-party jar that registers one is
 * picked up by the {@code pamphlet} command with no change to Pamphlet.
 */
public interface ExporterProvider {
  /** The format name users type: {@code "html"}, {@code "pdf"}, {@code "epub"}. Lowercase. */
  String format();

  /** One line saying what the exporter writes. */
  String description();

  /** The options {@link #create} accepts, by name, with a one-line description each. */
  Map<String, String> options();

  /**
   * Creates an exporter from string options (as the command line gives them).
   *
   * @throws IllegalArgumentException naming the option, when one is unknown or its value bad
   */
  Exporter create(Map<String, String> options);
}
