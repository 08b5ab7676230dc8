package dev.pamphlet.cli;

import picocli.CommandLine.Option;

/** The {@code --max-grade} option of {@code build} and {@code check}. */
final class PlainLanguageOptions {
  @Option(names = "--max-grade", paramLabel = "N",
      description = {"The highest acceptable reading grade (Flesch-Kincaid). Default: the "
          + "target-grade in booklet.yaml's plain-language part, else 8; this option wins."})
  Double maxGrade;

  /** The grade given, checked: a grade of zero or below is a usage error. */
  Double maxGrade() {
    if (maxGrade != null && !(maxGrade > 0)) {
      throw new UsageException("--max-grade must be above 0, was " + maxGrade);
    }
    return maxGrade;
  }
}
