package dev.pamphlet.core.export;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * The exporters on the classpath, by format name. Discovery is a separate step from use:
 * discover once, then create exporters as needed. Immutable and thread-safe.
 *
 * <pre>{@code
 * Exporters exporters = Exporters.discover();
 * Exporter pdf = exporters.create("pdf", Map.of("page-size", "letter"));
 * }</pre>
 */
public final class Exporters {
  private final Map<String, ExporterProvider> providers;

  private Exporters(Map<String, ExporterProvider> providers) {
    this.providers = Collections.unmodifiableMap(new TreeMap<>(providers));
  }

  /** Finds every {@link ExporterProvider} visible to this thread's context class loader. */
  public static Exporters discover() {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return discover(loader != null ? loader : Exporters.class.getClassLoader());
  }

  /** Finds every {@link ExporterProvider} visible to {@code loader}. */
  public static Exporters discover(ClassLoader loader) {
    Map<String, ExporterProvider> found = new TreeMap<>();
    for (ExporterProvider provider : ServiceLoader.load(ExporterProvider.class, loader)) {
      // First on the classpath wins, as with any ServiceLoader lookup.
      found.putIfAbsent(provider.format(), provider);
    }
    return new Exporters(found);
  }

  /** The format names found, sorted. */
  public List<String> formats() {
    return new ArrayList<>(providers.keySet());
  }

  /** Every provider found, sorted by format name. */
  public List<ExporterProvider> providers() {
    return new ArrayList<>(providers.values());
  }

  /** The provider of {@code format}. */
  public Optional<ExporterProvider> provider(String format) {
    return Optional.ofNullable(providers.get(format));
  }

  /**
   * Creates the exporter of {@code format}.
   *
   * @throws IllegalArgumentException when no exporter of that format is on the classpath, or an
   *     option is unknown or bad
   */
  public Exporter create(String format, Map<String, String> options) {
    ExporterProvider provider = provider(format).orElseThrow(() ->
        new IllegalArgumentException("no exporter for format \"" + format + "\"; found: "
            + String.join(", ", formats())));
    return provider.create(options);
  }
}
