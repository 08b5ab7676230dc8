package dev.pamphlet.export.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu HTML Checker, in-process and offline: its schemas come from the validator jar. Returns
 * every error and warning as {@code line:column: kind: message}.
 */
final class NuChecker {
  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";
  private static final Collector COLLECTOR = new Collector();
  private static SimpleDocumentValidator validator;

  private NuChecker() {}

  /** The problems the checker finds in an HTML document (text/html syntax). */
  static synchronized List<String> problems(String html) throws Exception {
    if (validator == null) {
      SimpleDocumentValidator created = new SimpleDocumentValidator(true, false, true);
      created.setUpMainSchema(SCHEMA, COLLECTOR);
      created.setUpValidatorAndParsers(COLLECTOR, true, false);
      validator = created;
    }
    COLLECTOR.messages.clear();
    InputSource source =
        new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setSystemId("urn:pamphlet:test");
    validator.checkHtmlInputSource(source);
    return List.copyOf(COLLECTOR.messages);
  }

  /** {@code fragment} inside the smallest valid page, as a host page would hold it. */
  static String wrap(String fragment) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<title>Fragment check</title>\n</head>\n<body>\n<main>\n" + fragment
        + "</main>\n</body>\n</html>\n";
  }

  private static final class Collector implements ErrorHandler {
    private final List<String> messages = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      messages.add(format("warning", e));
    }

    @Override
    public void error(SAXParseException e) {
      messages.add(format("error", e));
    }

    @Override
    public void fatalError(SAXParseException e) {
      messages.add(format("fatal", e));
    }

    private static String format(String kind, SAXParseException e) {
      return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + kind + ": " + e.getMessage();
    }
  }
}
