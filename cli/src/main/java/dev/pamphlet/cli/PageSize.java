package dev.pamphlet.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The paper sizes {@code --page-size} accepts; exporters receive the lowercase name. */
enum PageSize {
  A4,
  LETTER;

  /** The name users type and exporters receive: {@code a4}, {@code letter}. */
  @Override
  public String toString() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads a size in any case, and names the choices as users type them when it can't. */
  static final class Converter implements ITypeConverter<PageSize> {
    @Override
    public PageSize convert(String value) {
      for (PageSize size : values()) {
        if (size.name().equalsIgnoreCase(value)) {
          return size;
        }
      }
      throw new TypeConversionException("expected a4 or letter but was '" + value + "'");
    }
  }
}
