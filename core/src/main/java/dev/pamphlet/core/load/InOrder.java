package dev.pamphlet.core.load;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Maps a list on every core with the results in list order, so that running in parallel
 * changes nothing but the time: the same results, and, when several items fail, the failure of
 * the first of them in list order.
 */
final class InOrder {
  /** A step that may fail with an I/O error, such as reading one file. */
  @FunctionalInterface
  interface IoFunction<T, R> {
    R apply(T item) throws IOException;
  }

  private InOrder() {}

  /**
   * {@code function} applied to every item, in parallel when there are several items and
   * cores; the results in the order of {@code items}.
   *
   * @throws IOException the failure of the first item in list order that failed
   */
  static <T, R> List<R> map(List<T> items, IoFunction<T, R> function) throws IOException {
    int size = items.size();
    Object[] results = new Object[size];
    IOException[] failures = new IOException[size];
    IntStream indexes = IntStream.range(0, size);
    if (size > 1 && Runtime.getRuntime().availableProcessors() > 1) {
      indexes = indexes.parallel();
    }
    indexes.forEach(i -> {
      try {
        results[i] = function.apply(items.get(i));
      } catch (IOException e) {
        failures[i] = e;
      }
    });
    for (IOException failure : failures) {
      if (failure != null) {
        throw failure;
      }
    }
    List<R> list = new ArrayList<>(size);
    for (Object result : results) {
      @SuppressWarnings("unchecked") // every slot holds what function returned for its item
      R typed = (R) result;
      list.add(typed);
    }
    return list;
  }
}
