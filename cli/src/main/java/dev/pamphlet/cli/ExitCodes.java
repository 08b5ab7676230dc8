package dev.pamphlet.cli;

/** The exit codes of every {@code pamphlet} command, as documented in --help and the README. */
final class ExitCodes {
  /** Everything asked for was done. */
  static final int SUCCESS = 0;
  /** The content has errors (a dangling cross-reference, bad JSON …); they are printed. */
  static final int CONTENT_ERRORS = 1;
  /** The command line is wrong, or a file could not be read or written. */
  static final int USAGE_OR_IO = 2;
  /** Pamphlet or an exporter failed unexpectedly: a bug, reported with --verbose. */
  static final int INTERNAL = 3;

  // The lines of the "Exit codes:" help section; annotations need constants.
  static final String HELP_SUCCESS = "0:success";
  static final String HELP_CONTENT = "1:errors in the content (printed as file:line:column)";
  static final String HELP_USAGE = "2:usage or I/O error (bad option, missing or unwritable file)";
  static final String HELP_INTERNAL = "3:internal error (a bug; run again with --verbose)";

  private ExitCodes() {}
}
