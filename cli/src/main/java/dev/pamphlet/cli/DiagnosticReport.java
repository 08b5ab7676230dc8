package dev.pamphlet.cli;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.Severity;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The diagnostics of one run, sorted by file, line and column, without repeats: printed one per
 * line as {@code path:line:column: severity: message [code]}, the form editors and CI link to.
 */
final class DiagnosticReport {
  private final SortedSet<Diagnostic> diagnostics = new TreeSet<>();

  /** Adds diagnostics; ones already present (same place, code and message) are kept once. */
  DiagnosticReport add(Collection<Diagnostic> more) {
    diagnostics.addAll(more);
    return this;
  }

  List<Diagnostic> diagnostics() {
    return List.copyOf(diagnostics);
  }

  boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }

  /** Prints every diagnostic, one per line. */
  void print(PrintWriter out) {
    diagnostics.forEach(out::println);
  }

  /** The count line: {@code "2 errors, 1 warning"}, with info messages only when there are any. */
  String summary() {
    String line = plural(count(Severity.ERROR), "error") + ", "
        + plural(count(Severity.WARNING), "warning");
    long info = count(Severity.INFO);
    return info == 0 ? line : line + ", " + info + " info";
  }

  static String plural(long count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
