package dev.pamphlet.core.model;

/**
 * Argument checks shared by the records' compact constructors. Messages are built only when a
 * check fails: these run for every node a reader makes.
 */
final class Checks {
  private Checks() {}

  static String text(String value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null (use \"\" for none)");
    }
    return value;
  }

  static String nonBlank(String value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  static <T> T present(T value, String name) {
    if (value == null) {
      throw new NullPointerException(name + " must not be null");
    }
    return value;
  }
}
