package dev.pamphlet.cli;

import picocli.CommandLine.Option;

/** The {@code --verbose} flag, shared by the commands that read content. */
final class VerboseOption {
  @Option(names = "--verbose",
      description = "Print more detail: exporter options, timings, and the stack trace of any "
          + "failure.")
  boolean verbose;
}
