package dev.pamphlet.core.export;

import dev.pamphlet.core.diagnostic.Diagnostic;
import java.util.List;

/**
 * The outcome of an export: the diagnostics of validation and of writing, in reading order.
 *
 * @param diagnostics every diagnostic (warnings, and errors when exported anyway)
 */
public record ExportReport(List<Diagnostic> diagnostics) {
  public ExportReport {
    diagnostics = diagnostics.stream().sorted().distinct().toList();
  }
}
