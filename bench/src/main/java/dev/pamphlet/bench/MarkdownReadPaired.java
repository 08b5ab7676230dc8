package dev.pamphlet.bench;

import dev.pamphlet.core.markdown.MarkdownReader;
import java.util.Arrays;
import java.util.Map;

/**
 * {@link MarkdownReadBenchmark}'s comparison for a busy machine: flexmark's parse and our read
 * of the whole corpus alternate round by round, so a change in load hits both alike, and the
 * per-round ratio stays meaningful when JMH's averages do not.
 *
 * <p>{@code java -cp bench/target/benchmarks.jar dev.pamphlet.bench.MarkdownReadPaired
 * [rounds] [GENERATED|EXAMPLES]} (from the repository root). The first third of the rounds is
 * warm-up and not counted.
 */
public final class MarkdownReadPaired {
  private MarkdownReadPaired() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 150;
    Corpus corpus = args.length > 1 ? Corpus.valueOf(args[1]) : Corpus.GENERATED;
    Map<String, String> files = corpus.files();
    FlexmarkBaseline flexmark = new FlexmarkBaseline();
    MarkdownReader reader = MarkdownReader.create();
    double[] parse = new double[rounds];
    double[] read = new double[rounds];
    int kept = 0;
    for (int round = 0; round < rounds; round++) {
      long start = System.nanoTime();
      for (String text : files.values()) {
        kept += flexmark.parser.parse(text).getTextLength() > 0 ? 1 : 0;
      }
      parse[round] = (System.nanoTime() - start) / 1e6;
      start = System.nanoTime();
      for (Map.Entry<String, String> file : files.entrySet()) {
        kept += reader.read(file.getKey(), file.getValue()).value().blocks().size();
      }
      read[round] = (System.nanoTime() - start) / 1e6;
    }
    int from = rounds / 3;
    double[] ratios = new double[rounds - from];
    for (int i = from; i < rounds; i++) {
      ratios[i - from] = read[i] / parse[i];
    }
    double[] fastestParse = Arrays.copyOfRange(parse, from, rounds);
    double[] fastestRead = Arrays.copyOfRange(read, from, rounds);
    Arrays.sort(ratios);
    Arrays.sort(fastestParse);
    Arrays.sort(fastestRead);
    System.out.printf("%s: flexmark parse %.2f ms, pamphlet read %.2f ms (fastest rounds);"
            + " ratio %.3f (fastest), %.3f (median per round) [%d]%n", corpus,
        fastestParse[0], fastestRead[0], fastestRead[0] / fastestParse[0],
        ratios[ratios.length / 2], kept);
  }
}
