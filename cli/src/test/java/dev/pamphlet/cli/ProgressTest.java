package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ProgressTest {
  private final StringWriter err = new StringWriter();

  @Test
  void withoutATerminalEachStepIsOnePlainLine() {
    Progress progress = Progress.to(new PrintWriter(err), false, 2);
    progress.step("reading examples");
    progress.file("a.pdf");
    progress.step("pdf");
    progress.finish();
    assertThat(err.toString()).isEqualTo(
        "[1/2] reading examples" + System.lineSeparator() + "[2/2] pdf" + System.lineSeparator());
  }

  @Test
  void onATerminalOneBarIsRedrawnInPlaceAndClearedAtTheEnd() {
    Progress progress = Progress.to(new PrintWriter(err), true, 2);
    progress.step("reading examples");
    progress.step("pdf");
    progress.file("handouts/side-effects.pdf");
    progress.finish();
    String drawn = err.toString();
    assertThat(drawn).doesNotContain("\n")
        .contains("\r[#####...............] 1/2 reading examples")
        .contains("\r[###############.....] 2/2 pdf  handouts/side-effects.pdf");
    assertThat(drawn.substring(drawn.lastIndexOf('\r', drawn.length() - 2)))
        .matches("\r +\r");
  }

  @Test
  void theBarNeverOutgrowsAnEightyColumnTerminal() {
    Progress progress = Progress.to(new PrintWriter(err), true, 1);
    progress.step("pdf");
    progress.file("handouts/" + "a-very-long-article-name-".repeat(5) + ".pdf");
    for (String line : err.toString().split("\r")) {
      assertThat(line.length()).isLessThanOrEqualTo(79);
    }
  }
}
