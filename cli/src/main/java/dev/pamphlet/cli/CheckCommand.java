package dev.pamphlet.cli;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.readability.ReadabilityJson;
import dev.pamphlet.core.validate.Validator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pamphlet check}: reads and validates, checks the plain language, prints every problem
 * and a readability table per article, writes nothing.
 */
@Command(name = "check",
    description = {"Read and validate the sources without writing anything, and print every "
        + "problem as file:line:column: severity: message [code].",
        "Then print, per article, its reading grade (Flesch-Kincaid), reading ease, SMOG grade, "
            + "words and plain-language findings. An article above --max-grade is an error "
            + "[plain.grade-high]. Only English is scored; other languages say 'not scored'."},
    mixinStandardHelpOptions = true,
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_SUCCESS, ExitCodes.HELP_CONTENT, ExitCodes.HELP_USAGE,
        ExitCodes.HELP_INTERNAL})
final class CheckCommand implements Callable<Integer> {
  private static final String TABLE = "table";
  private static final String JSON = "json";

  private final Environment environment;

  @Spec CommandSpec spec;
  @Mixin SourceArguments sources;
  @Mixin PlainLanguageOptions plainLanguage;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = TABLE,
      description = {"table (default): problems and the readability table, as text.",
          "json: the readability report as JSON on standard output, for other tools; the "
              + "problems go to standard error."})
  String format;

  @Mixin VerboseOption verbose;

  CheckCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    if (!format.equals(TABLE) && !format.equals(JSON)) {
      throw new UsageException("--format must be table or json, was '" + format + "'");
    }
    Double maxGrade = plainLanguage.maxGrade();
    List<Path> paths = sources.existing();
    ReadResult<Publication> read = environment.sources().read(paths);
    PlainLanguageReport plain = PlainLanguageReport.analyze(paths, read, maxGrade, true);
    DiagnosticReport report = new DiagnosticReport()
        .add(read.diagnostics())
        .add(Validator.standard().validate(read.value(), read.sourceMap()))
        .add(plain.diagnostics());
    String summary = "checked " + DiagnosticReport.plural(read.value().articles().size(),
        "article") + ": " + report.summary();
    PrintWriter out = spec.commandLine().getOut();
    if (format.equals(JSON)) {
      // Standard output stays pure JSON, so it can be piped straight into another tool.
      PrintWriter err = spec.commandLine().getErr();
      report.print(err);
      err.println(summary);
      err.flush();
      out.print(ReadabilityJson.write(plain.articles(), plain.rules()));
    } else {
      report.print(out);
      ReadabilityTable.print(plain, out);
      out.println(summary);
    }
    out.flush();
    return report.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.SUCCESS;
  }
}
