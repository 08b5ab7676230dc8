package dev.pamphlet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.pamphlet.core.export.Exporters;
import org.junit.jupiter.api.Test;

class FormatsCommandTest {
  @Test
  void listsEveryExporterOnTheClasspathWithItsOptions() {
    CliRun run = CliRun.of(FakeSources.environment(), "formats");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    for (String format : Exporters.discover().formats()) {
      assertThat(run.out()).containsPattern("(?m)^" + format + " +\\S");
    }
  }

  @Test
  void aThirdPartyExporterRegisteredOnlyInItsOwnJarIsListed() {
    CliRun run = CliRun.of(FakeSources.environment(), "formats");
    assertThat(run.out())
        .containsPattern("(?m)^toy +Plain-text titles, for testing the command$")
        .containsPattern("(?m)^ +page-size +a4 or letter$")
        .containsPattern("(?m)^ +fail +true to fail");
  }
}
