package dev.pamphlet.core.export;

/** What an exporter does with a publication whose validation found errors. */
public enum ErrorPolicy {
  /** Refuse it with a {@link ContentErrorsException} carrying the diagnostics (the default). */
  REFUSE,
  /** Export it anyway, as well as it can (a preview of work in progress). */
  EXPORT_ANYWAY
}
