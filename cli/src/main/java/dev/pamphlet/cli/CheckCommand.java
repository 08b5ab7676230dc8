package dev.pamphlet.cli;

import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.validate.Validator;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code pamphlet check}: reads and validates, prints every problem, writes nothing. */
@Command(name = "check",
    description = "Read and validate the sources without writing anything, and print every "
        + "problem as file:line:column: severity: message [code].",
    mixinStandardHelpOptions = true,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_SUCCESS, ExitCodes.HELP_CONTENT, ExitCodes.HELP_USAGE,
        ExitCodes.HELP_INTERNAL})
final class CheckCommand implements Callable<Integer> {
  private final Environment environment;

  @Spec CommandSpec spec;
  @Mixin SourceArguments sources;
  @Mixin VerboseOption verbose;

  CheckCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    ReadResult<Publication> read = environment.sources().read(sources.existing());
    DiagnosticReport report = new DiagnosticReport()
        .add(read.diagnostics())
        .add(Validator.standard().validate(read.value(), read.sourceMap()));
    report.print(out);
    out.println("checked " + DiagnosticReport.plural(read.value().articles().size(), "article")
        + ": " + report.summary());
    out.flush();
    return report.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.SUCCESS;
  }
}
