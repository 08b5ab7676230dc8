package dev.pamphlet.cli;

import dev.pamphlet.core.export.Exporter;
import dev.pamphlet.core.export.ExporterProvider;
import dev.pamphlet.core.export.Exporters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The exporters one build runs, each created with its options. Everything here comes from what
 * the exporters on the classpath declare ({@link ExporterProvider#options()}), so a third-party
 * exporter gets the generic flags and {@code --option} exactly like ours:
 *
 * <ul>
 *   <li>the formats asked for, or every format found;
 *   <li>each generic flag ({@code --page-size}, {@code --large-print} …) given to every exporter
 *       that declares an option of that name and accepts the value, and left out (with a note)
 *       for the others;
 *   <li>each {@code --option FORMAT.NAME=VALUE} given to that exporter, after checking that the
 *       format exists and declares NAME; it wins over a generic flag.
 * </ul>
 *
 * Mistakes are {@link UsageException}s, found before any source is read.
 */
final class ExportPlan {
  /**
   * A generic flag: its value, the exporter option names it may go to, and how the user spelled
   * it.
   *
   * @param spelling the flag as typed, for messages ({@code --large-print})
   * @param value the option value exporters receive
   * @param names the option names it goes to, first match per exporter (exporters name the
   *     handouts-or-booklet choice {@code mode} or {@code products})
   * @param noteIfUnused whether to say so when no exporter being built takes it (not for flags
   *     that also change the content itself, such as {@code --organization})
   */
  record Flag(String spelling, String value, List<String> names, boolean noteIfUnused) {
    Flag {
      names = List.copyOf(names);
    }

    /** A flag for the option of one name. */
    static Flag of(String spelling, String name, String value) {
      return new Flag(spelling, value, List.of(name), true);
    }
  }

  private final Exporters found;
  private final Map<String, Exporter> exporters;
  private final Map<String, Map<String, String>> options;
  private final List<String> notes;

  private ExportPlan(Exporters found, Map<String, Exporter> exporters,
      Map<String, Map<String, String>> options, List<String> notes) {
    this.found = found;
    this.exporters = exporters;
    this.options = options;
    this.notes = List.copyOf(notes);
  }

  /**
   * Plans a build.
   *
   * @param found the exporters on the classpath
   * @param requested the formats asked for; empty for every one found
   * @param generic the generic flags given
   * @param passThrough {@code --option} values by {@code FORMAT.NAME}
   * @throws UsageException for an unknown format or option, or a value an exporter refuses
   */
  static ExportPlan resolve(Exporters found, List<String> requested, List<Flag> generic,
      Map<String, String> passThrough) {
    if (found.formats().isEmpty()) {
      throw new UsageException("no exporters found on the classpath");
    }
    List<String> formats = select(found, requested);
    Map<String, Map<String, String>> options = new LinkedHashMap<>();
    formats.forEach(format -> options.put(format, new TreeMap<>()));
    List<String> notes = new ArrayList<>();

    for (Flag flag : generic) {
      boolean used = false;
      for (String format : formats) {
        String refusal = null;
        for (String name : flag.names()) {
          if (!declares(found, format, name)) {
            continue;
          }
          // Exporters may give one name different meanings (html's mode is fragment or
          // standalone): a flag goes only where its value fits.
          refusal = refusal(found, format, name, flag.value());
          if (refusal == null) {
            options.get(format).put(name, flag.value());
            used = true;
            break;
          }
        }
        if (refusal != null) {
          notes.add(flag.spelling() + " does not apply to " + format + " (" + refusal + ")");
        }
      }
      if (!used && flag.noteIfUnused()) {
        notes.add(flag.spelling() + " has no effect on " + String.join(", ", formats));
      }
    }

    passThrough.forEach((key, value) -> {
      int dot = key.indexOf('.');
      if (dot <= 0 || dot == key.length() - 1) {
        throw new UsageException("--option " + key + "=" + value
            + ": expected FORMAT.NAME=VALUE, such as pdf.base-size=14");
      }
      String format = key.substring(0, dot).toLowerCase(Locale.ROOT);
      String name = key.substring(dot + 1);
      ExporterProvider provider = found.provider(format)
          .orElseThrow(() -> unknownFormat(found, format, "--option " + key));
      if (!provider.options().containsKey(name)) {
        throw new UsageException("--option " + key + ": the " + format
            + " exporter has no option \"" + name + "\"; " + accepted(provider)
            + " (see 'pamphlet formats')");
      }
      if (options.containsKey(format)) {
        options.get(format).put(name, value);
      } else {
        notes.add("--option " + key + " ignored: " + format + " is not being built");
      }
    });

    Map<String, Exporter> exporters = new LinkedHashMap<>();
    for (String format : formats) {
      try {
        exporters.put(format, found.create(format, options.get(format)));
      } catch (IllegalArgumentException e) {
        throw new UsageException(format + ": " + e.getMessage(), e);
      }
    }
    return new ExportPlan(found, exporters, options, notes);
  }

  /** The formats, in the order they are built. */
  List<String> formats() {
    return List.copyOf(exporters.keySet());
  }

  Exporter exporter(String format) {
    return exporters.get(format);
  }

  /**
   * {@code format}'s exporter created again with {@code extra} options added to those planned
   * (a planned option wins: it is what the user asked for). For options only known once the
   * sources are read, such as the EPUB's printed page numbers.
   */
  Exporter exporter(String format, Map<String, String> extra) {
    Map<String, String> merged = new TreeMap<>(extra);
    merged.putAll(options.get(format));
    return found.create(format, merged);
  }

  /** The options {@code format}'s exporter was created with, by name. */
  Map<String, String> options(String format) {
    return Collections.unmodifiableMap(options.get(format));
  }

  /** Things the user may not expect, such as a flag no exporter being built takes. */
  List<String> notes() {
    return notes;
  }

  private static List<String> select(Exporters found, List<String> requested) {
    Set<String> formats = new LinkedHashSet<>();
    for (String format : requested) {
      String name = format.trim().toLowerCase(Locale.ROOT);
      if (name.isEmpty()) {
        continue;
      }
      if (found.provider(name).isEmpty()) {
        throw unknownFormat(found, name, "--format");
      }
      formats.add(name);
    }
    return formats.isEmpty() ? found.formats() : List.copyOf(formats);
  }

  private static boolean declares(Exporters found, String format, String option) {
    return found.provider(format).map(p -> p.options().containsKey(option)).orElse(false);
  }

  /** Why {@code format}'s exporter refuses {@code name=value}, or null when it takes it. */
  private static String refusal(Exporters found, String format, String name, String value) {
    try {
      found.create(format, Map.of(name, value));
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  private static UsageException unknownFormat(Exporters found, String format, String where) {
    return new UsageException(where + ": no exporter for format \"" + format + "\"; found: "
        + String.join(", ", found.formats()));
  }

  private static String accepted(ExporterProvider provider) {
    return provider.options().isEmpty()
        ? "it takes no options"
        : "it takes: " + String.join(", ", new TreeMap<>(provider.options()).keySet());
  }
}
