package dev.pamphlet.core.model;

import java.util.Objects;

/** Argument checks shared by the records' compact constructors. */
final class Checks {
  private Checks() {}

  static String text(String value, String name) {
    return Objects.requireNonNull(value, name + " must not be null (use \"\" for none)");
  }

  static String nonBlank(String value, String name) {
    Objects.requireNonNull(value, name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static <T> T present(T value, String name) {
    return Objects.requireNonNull(value, name + " must not be null");
  }
}
