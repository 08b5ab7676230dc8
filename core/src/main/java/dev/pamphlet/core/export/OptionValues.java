package dev.pamphlet.core.export;

import java.util.Collection;
import java.util.Locale;

/**
 * Reads the string options an {@link ExporterProvider} receives from the command line, with
 * the same words and the same messages for every exporter: {@code pdf option base-size="big"
 * is not valid: expected a number of points}.
 */
public final class OptionValues {
  private OptionValues() {}

  /** {@code true}, {@code yes}, {@code on} or empty (a bare flag) are true; {@code false},
   * {@code no}, {@code off} are false; anything else is an error. */
  public static boolean bool(String format, String name, String value) {
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "yes", "on", "" -> true;
      case "false", "no", "off" -> false;
      default -> throw invalid(format, name, value, "true or false");
    };
  }

  /** A decimal number. */
  public static float number(String format, String name, String value, String expected) {
    try {
      return Float.parseFloat(value.strip());
    } catch (NumberFormatException e) {
      throw invalid(format, name, value, expected);
    }
  }

  /** A whole number from {@code min} to {@code max}. */
  public static int integer(String format, String name, String value, int min, int max) {
    String expected = "a number from " + min + " to " + max;
    try {
      int number = Integer.parseInt(value.strip());
      if (number < min || number > max) {
        throw invalid(format, name, value, expected);
      }
      return number;
    } catch (NumberFormatException e) {
      throw invalid(format, name, value, expected);
    }
  }

  /** The error for a value the option does not take. */
  public static IllegalArgumentException invalid(String format, String name, String value,
      String expected) {
    return new IllegalArgumentException(format + " option " + name + "=\"" + value
        + "\" is not valid: expected " + expected);
  }

  /** The error for an option the exporter does not have, listing those it has. */
  public static IllegalArgumentException unknown(String format, String name,
      Collection<String> known) {
    return new IllegalArgumentException("unknown " + format + " option \"" + name
        + "\"; valid options: " + String.join(", ", known));
  }
}
