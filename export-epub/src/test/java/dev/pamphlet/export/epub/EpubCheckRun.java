package dev.pamphlet.export.epub;

import com.adobe.epubcheck.api.EPUBLocation;
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.api.MasterReport;
import com.adobe.epubcheck.messages.Message;
import com.adobe.epubcheck.messages.Severity;
import com.adobe.epubcheck.util.FeatureEnum;
import com.adobe.epubcheck.util.ReportingLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs EPUBCheck in-process on an EPUB, with usage messages enabled, and collects what it
 * reports. Offline: EPUBCheck's schemas ship in its jar.
 */
final class EpubCheckRun {
  /** The severities a clean booklet must not get. */
  static final Set<Severity> PROBLEMS = EnumSet.of(Severity.FATAL, Severity.ERROR,
      Severity.WARNING, Severity.USAGE);

  private EpubCheckRun() {}

  /**
   * Every fatal error, error, warning and usage message EPUBCheck reports for {@code epub},
   * as {@code "SEVERITY ID path(line,col): message"}.
   */
  static List<String> problems(byte[] epub) throws IOException {
    Path file = Files.createTempFile("pamphlet-epubcheck", ".epub");
    try {
      Files.write(file, epub);
      CollectingReport report = new CollectingReport();
      report.setReportingLevel(ReportingLevel.Usage);
      new EpubCheck(file.toFile(), report).doValidate();
      return report.problems;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** Keeps the messages of the severities that matter, with where they were found. */
  private static final class CollectingReport extends MasterReport {
    final List<String> problems = new ArrayList<>();

    @Override
    public void message(Message message, EPUBLocation location, Object... args) {
      if (PROBLEMS.contains(message.getSeverity())) {
        String text = args != null && args.length > 0 ? message.getMessage(args)
            : message.getMessage();
        problems.add(message.getSeverity() + " " + message.getID() + " " + location.getPath()
            + "(" + location.getLine() + "," + location.getColumn() + "): " + text);
      }
    }

    @Override
    public void info(String resource, FeatureEnum feature, String value) {}

    @Override
    public int generate() {
      return 0;
    }

    @Override
    public void initialize() {}
  }
}
