package dev.pamphlet.core.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class InOrderTest {
  private static final List<Integer> NUMBERS = IntStream.range(0, 200).boxed().toList();

  @Test
  void resultsComeInTheOrderOfTheItems() throws IOException {
    assertThat(InOrder.map(NUMBERS, n -> "#" + n))
        .containsExactlyElementsOf(NUMBERS.stream().map(n -> "#" + n).toList());
  }

  @Test
  void theFirstFailureInListOrderIsThrownWhateverFinishedFirst() {
    assertThatThrownBy(() -> InOrder.map(NUMBERS, n -> {
      if (n % 50 == 7) {
        throw new IOException("item " + n);
      }
      return n;
    })).isInstanceOf(IOException.class).hasMessage("item 7");
  }

  @Test
  void noItemsGiveNoResults() throws IOException {
    assertThat(InOrder.map(List.<Integer>of(), n -> n)).isEmpty();
  }
}
