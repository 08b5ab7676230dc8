package dev.pamphlet.core.markdown;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.pamphlet.core.testing.FuzzContent;
import dev.pamphlet.core.validate.Validator;

/**
 * Any text at all reads into an article and validates: no exception (a Markdown reader
 * documents none for content), no reader failure hidden as {@code markdown.internal}, every
 * diagnostic placed in the file, and no input taking more than its time bound.
 *
 * <p>The normal build replays the kept inputs in {@code MarkdownReaderFuzzTestInputs/}; how to
 * fuzz for longer is in {@code core/src/test/FUZZING.md}.
 */
class MarkdownReaderFuzzTest {

  @FuzzTest
  void anyTextReadsAndValidates(byte[] input) {
    FuzzContent.bounded(() -> {
      FuzzContent.Read read = FuzzContent.markdown(input);

      assertThat(read.readerFailed()).as("reader failure: %s", read.diagnostics()).isFalse();
      assertThat(read.diagnostics()).allSatisfy(d ->
          assertThat(d.position().file()).isEqualTo("fuzz.md"));
      assertThat(Validator.standard().validate(read.publication(), read.sourceMap()))
          .allSatisfy(d -> assertThat(d.message()).isNotBlank());
    });
  }
}
