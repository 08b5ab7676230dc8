package dev.pamphlet.cli;

import dev.pamphlet.core.export.Exporters;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What the commands take from the world outside the command line: how sources are read, which
 * exporters exist, and whether a person is watching a terminal (a progress bar) or output goes
 * to a log (plain lines).
 *
 * @param sources reads the sources named on the command line
 * @param exporters finds the exporters; called only by the commands that need them
 * @param terminal whether progress is drawn as a bar rather than printed as lines
 */
record Environment(SourceReader sources, Supplier<Exporters> exporters, boolean terminal) {
  Environment {
    Objects.requireNonNull(sources, "sources");
    Objects.requireNonNull(exporters, "exporters");
  }
}
