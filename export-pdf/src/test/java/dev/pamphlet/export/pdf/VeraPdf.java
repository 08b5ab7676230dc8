package dev.pamphlet.export.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's validator, for tests: the failed checks of a PDF against
 * PDF/UA-1 or PDF/A-2u. Initialised once per JVM (its start-up is the slow part).
 */
final class VeraPdf {
  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /** The failed rules, each as "clause-test: message ×count"; empty when compliant. */
  static List<String> failures(byte[] pdf, PDFAFlavour flavour) {
    try (PDFAParser parser = Foundries.defaultInstance()
        .createParser(new ByteArrayInputStream(pdf), flavour)) {
      PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
      ValidationResult result = validator.validate(parser);
      Map<String, Integer> failed = new TreeMap<>();
      for (TestAssertion assertion : result.getTestAssertions()) {
        if (assertion.getStatus() == TestAssertion.Status.FAILED) {
          String key = assertion.getRuleId().getClause() + "-" + assertion.getRuleId()
              .getTestNumber() + ": " + assertion.getMessage();
          failed.merge(key, 1, Integer::sum);
        }
      }
      return failed.entrySet().stream().map(e -> e.getKey() + " \u00D7" + e.getValue())
          .toList();
    } catch (Exception e) {
      throw new AssertionError("veraPDF could not validate the file", e);
    }
  }
}
