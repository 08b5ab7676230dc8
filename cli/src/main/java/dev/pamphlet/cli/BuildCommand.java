package dev.pamphlet.cli;

import dev.pamphlet.core.diagnostic.Diagnostic;
import dev.pamphlet.core.diagnostic.ReadResult;
import dev.pamphlet.core.export.DirectoryOutput;
import dev.pamphlet.core.export.ErrorPolicy;
import dev.pamphlet.core.export.ExportReport;
import dev.pamphlet.core.model.Organization;
import dev.pamphlet.core.model.Publication;
import dev.pamphlet.core.validate.Validator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code pamphlet build}: reads the sources, validates them, and writes every format asked for
 * under the output folder, one subfolder per format. All or nothing: files are written to
 * temporary files and moved into place only when every exporter has finished.
 */
@Command(name = "build",
    description = {"Read the sources and write them in every format asked for (default: every "
        + "format found; see 'pamphlet formats'), one folder per format under --out.",
        "Nothing is replaced unless the whole build succeeds.",
        "Prints each article's reading grade against the target (see --max-grade); an article "
            + "above it is a warning [plain.grade-high], or an error with --strict. "
            + "'pamphlet check' shows every plain-language finding."},
    mixinStandardHelpOptions = true,
    sortOptions = false,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {ExitCodes.HELP_SUCCESS, ExitCodes.HELP_CONTENT, ExitCodes.HELP_USAGE,
        ExitCodes.HELP_INTERNAL})
final class BuildCommand implements Callable<Integer> {
  private final Environment environment;

  @Spec CommandSpec spec;
  @Mixin SourceArguments sources;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "out",
      description = "The output folder (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", split = ",",
      description = "The formats to write, comma-separated (pdf,epub,html). Default: all found.")
  List<String> formats = new ArrayList<>();

  @Option(names = "--page-size", paramLabel = "SIZE", converter = PageSize.Converter.class,
      description = "Paper size: ${COMPLETION-CANDIDATES}.")
  PageSize pageSize;

  @Option(names = "--large-print", description = "Large print: bigger type, wider spacing.")
  boolean largePrint;

  @Option(names = "--organization", paramLabel = "NAME",
      description = "The organization named in footers and as publisher.")
  String organization;

  @Option(names = "--contact", paramLabel = "LINE",
      description = "A contact line for footers, such as a phone number.")
  String contact;

  @ArgGroup(exclusive = true)
  Mode mode;

  /** Handouts or booklet, not both; {@code --handouts-only} and {@code --booklet-only}. */
  static final class Mode {
    @Option(names = "--handouts-only", required = true,
        description = "Only the handouts (one file per article).")
    boolean handouts;

    @Option(names = "--booklet-only", required = true,
        description = "Only the booklet (one file for everything).")
    boolean booklet;
  }

  @Option(names = "--option", paramLabel = "FORMAT.NAME=VALUE", mapFallbackValue = "true",
      description = {"An option for one exporter; repeatable. 'pamphlet formats' lists them.",
          "Example: --option pdf.base-size=14"})
  Map<String, String> passThrough = new LinkedHashMap<>();

  @Option(names = "--allow-errors",
      description = "Write the outputs even when the content has errors (exit code stays 1).")
  boolean allowErrors;

  @Mixin PlainLanguageOptions plainLanguage;

  @Option(names = "--strict",
      description = "Treat an article above the target grade as an error: nothing is written "
          + "and the exit code is 1.")
  boolean strict;

  @Mixin VerboseOption verbose;

  BuildCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    // The content is read and checked on a thread of its own while this one sets up the
    // exporters (the PDF exporter parses its fonts): on two cores the two overlap. It prints
    // nothing, so what the user sees, and in which order, is as if one came after the other.
    Background<Checked> checking = Background.start("pamphlet-read", this::readAndCheck);
    // Options first: a typo in a flag is reported before anything the sources hold.
    long start = System.nanoTime();
    ExportPlan plan = ExportPlan.resolve(environment.exporters().get(), formats, genericFlags(),
        passThrough);
    verbose("exporters %s ready in %d ms", plan.formats(), millisSince(start));
    plainLanguage.maxGrade();
    plan.notes().forEach(note -> stderr.println("pamphlet build: note: " + note));
    List<Path> paths = sources.existing();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new NotDirectoryException(out.toString());
    }

    Progress progress = Progress.to(stderr, environment.terminal(), plan.formats().size() + 1);
    DiagnosticReport report = new DiagnosticReport();
    Map<String, List<String>> written;
    List<String> gradeLines;
    try {
      progress.step("reading " + SourceArguments.describe(paths));
      Checked checked = checking.join();
      verbose("read and checked %s in %d ms (reading %d, validating %d, plain language %d)",
          DiagnosticReport.plural(checked.read().value().articles().size(), "article"),
          checked.readMillis() + checked.validateMillis() + checked.plainMillis(),
          checked.readMillis(), checked.validateMillis(), checked.plainMillis());
      ReadResult<Publication> read = checked.read();
      report.add(checked.diagnostics());
      gradeLines = gradeLines(checked.plain());
      if (report.hasErrors() && !allowErrors) {
        progress.finish();
        report.print(stdout);
        gradeLines.forEach(stdout::println);
        stdout.println(report.summary() + "; nothing was written (--allow-errors writes anyway)");
        return ExitCodes.CONTENT_ERRORS;
      }
      written = writeAll(plan, read, progress, report);
    } finally {
      progress.finish();
    }
    report.print(stdout);
    gradeLines.forEach(stdout::println);
    written.values().stream().flatMap(List::stream).sorted()
        .forEach(file -> stdout.println("wrote " + out.resolve(file)));
    stdout.println(summary(written) + "; " + report.summary());
    stdout.flush();
    return report.hasErrors() ? ExitCodes.CONTENT_ERRORS : ExitCodes.SUCCESS;
  }

  /**
   * What reading and checking found, and how long each part took.
   *
   * @param read the publication (with --organization and --contact applied)
   * @param diagnostics the reader's, the validator's and the grade findings
   * @param plain the plain-language analysis
   */
  private record Checked(ReadResult<Publication> read, List<Diagnostic> diagnostics,
      PlainLanguageReport plain, long readMillis, long validateMillis, long plainMillis) {}

  /**
   * Reads the sources (with --organization and --contact applied), validates them and checks
   * their plain language. Runs beside the exporters' set-up; when the command line has a
   * mistake, the command reports that and this result is never looked at.
   */
  private Checked readAndCheck() throws IOException {
    List<Path> paths = sources.existing();
    long start = System.nanoTime();
    ReadResult<Publication> read = environment.sources().read(paths);
    Publication publication = withOrganization(read.value());
    long validating = System.nanoTime();
    List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
    diagnostics.addAll(Validator.standard().validate(publication, read.sourceMap()));
    ReadResult<Publication> checked =
        new ReadResult<>(publication, read.diagnostics(), read.sourceMap());
    long analysing = System.nanoTime();
    PlainLanguageReport plain = PlainLanguageReport.analyze(paths, checked,
        plainLanguage.maxGrade(), strict);
    diagnostics.addAll(plain.gradeDiagnostics());
    return new Checked(checked, diagnostics, plain, (validating - start) / 1_000_000,
        (analysing - validating) / 1_000_000, millisSince(analysing));
  }

  /** One line per article: {@code grade 4.6 (target 8) brain-networks}. */
  private static List<String> gradeLines(PlainLanguageReport plain) {
    return plain.articles().stream()
        .map(article -> article.scores()
            .map(scores -> "grade " + String.format(Locale.ROOT, "%.1f",
                scores.fleschKincaidGrade()) + " (target " + plain.targetGrade() + ")")
            .orElse(PlainLanguageReport.notScored(article))
            + " " + article.articleId())
        .toList();
  }

  /**
   * Runs every exporter into one {@link DirectoryOutput} and commits only when all succeeded;
   * returns the files written, by format.
   */
  private Map<String, List<String>> writeAll(ExportPlan plan, ReadResult<Publication> read,
      Progress progress, DiagnosticReport report) throws IOException {
    ErrorPolicy policy = allowErrors ? ErrorPolicy.EXPORT_ANYWAY : ErrorPolicy.REFUSE;
    Map<String, List<String>> written = new LinkedHashMap<>();
    try (DirectoryOutput output = new DirectoryOutput(out);
         CleanupOnInterrupt cleanup = new CleanupOnInterrupt(output)) {
      for (String format : PrintPages.order(plan.formats())) {
        progress.step(format);
        long start = System.nanoTime();
        FormatFolderSink sink = new FormatFolderSink(output, format, progress);
        report.add(export(plan, format, read, sink, policy).diagnostics());
        written.put(format, sink.written());
        verbose("%s %s: %s in %d ms", format, plan.options(format),
            DiagnosticReport.plural(sink.written().size(), "file"), millisSince(start));
      }
      output.commit();
    }
    return written;
  }

  private void verbose(String format, Object... args) {
    if (verbose.verbose) {
      spec.commandLine().getErr().println("pamphlet build: " + String.format(format, args));
    }
  }

  private static long millisSince(long nanoTime) {
    return (System.nanoTime() - nanoTime) / 1_000_000;
  }

  private static ExportReport export(ExportPlan plan, String format,
      ReadResult<Publication> read, FormatFolderSink sink, ErrorPolicy policy) {
    try {
      return PrintPages.exporter(plan, format, read)
          .export(read.value(), read.sourceMap(), sink, policy);
    } catch (IOException | RuntimeException e) {
      throw new ExportFailedException(format, e);
    }
  }

  /** The generic flags given, with the exporter options they map to. */
  private List<ExportPlan.Flag> genericFlags() {
    List<ExportPlan.Flag> flags = new ArrayList<>();
    if (pageSize != null) {
      flags.add(ExportPlan.Flag.of("--page-size", "page-size", pageSize.toString()));
    }
    if (largePrint) {
      flags.add(ExportPlan.Flag.of("--large-print", "large-print", "true"));
    }
    if (organization != null) {
      flags.add(new ExportPlan.Flag("--organization", organization, List.of("organization"),
          false));
    }
    if (contact != null) {
      flags.add(new ExportPlan.Flag("--contact", contact, List.of("contact"), false));
    }
    if (mode != null) {
      flags.add(new ExportPlan.Flag(mode.handouts ? "--handouts-only" : "--booklet-only",
          mode.handouts ? "handouts" : "booklet", List.of("mode", "products"), true));
    }
    return flags;
  }

  /** The publication with --organization and --contact as its publisher, when given. */
  private Publication withOrganization(Publication publication) {
    if (organization == null && contact == null) {
      return publication;
    }
    Organization current = publication.metadata().organization();
    Organization given = new Organization(organization != null ? organization : current.name(),
        contact != null ? contact : current.contact());
    return new Publication(publication.metadata().toBuilder().organization(given).build(),
        publication.articles(), publication.numbered());
  }

  private String summary(Map<String, List<String>> written) {
    int files = written.values().stream().mapToInt(List::size).sum();
    List<String> perFormat = new ArrayList<>();
    written.forEach((format, list) -> perFormat.add(format + " " + list.size()));
    return "wrote " + DiagnosticReport.plural(files, "file") + " to " + out
        + (perFormat.isEmpty() ? "" : " (" + String.join(", ", perFormat) + ")");
  }
}
