package dev.pamphlet.bench;

import java.io.File;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.Arrays;
import java.util.concurrent.Callable;

/**
 * Compares builds on a noisy machine: the benchmark jars of two (or more) builds, each in a
 * class loader of its own in one JVM, write the corpus booklet ({@link BookletRound}) in turn,
 * round after round, so a change in the machine's load hits all alike. Prints, per jar, the
 * fastest and median wall-clock time, the median CPU time of the thread, and the median of the
 * per-round ratios against the first jar.
 *
 * <pre>
 * cp bench/target/benchmarks.jar /tmp/before.jar   # then change, rebuild
 * java -Xmx3g -cp bench/target/benchmarks.jar dev.pamphlet.bench.PairedJars 30 20 \
 *     /tmp/before.jar bench/target/benchmarks.jar
 * </pre>
 * (warm-up rounds, measured rounds, jars). Both jars must have {@code BookletRound}.
 */
public final class PairedJars {
  private PairedJars() {}

  @SuppressWarnings("unchecked")
  public static void main(String[] args) throws Exception {
    int warm = Integer.parseInt(args[0]);
    int rounds = Integer.parseInt(args[1]);
    String[] jars = Arrays.copyOfRange(args, 2, args.length);
    Callable<Long>[] runs = new Callable[jars.length];
    for (int i = 0; i < jars.length; i++) {
      ClassLoader loader = new URLClassLoader(new URL[] {new File(jars[i]).toURI().toURL()},
          ClassLoader.getPlatformClassLoader());
      runs[i] = (Callable<Long>) loader.loadClass(BookletRound.class.getName())
          .getConstructor().newInstance();
    }
    for (int round = 0; round < warm; round++) {
      for (Callable<Long> run : runs) {
        run.call();
      }
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[][] wall = new long[jars.length][rounds];
    long[][] cpu = new long[jars.length][rounds];
    for (int round = 0; round < rounds; round++) {
      for (int k = 0; k < jars.length; k++) {
        int i = round % 2 == 0 ? k : jars.length - 1 - k; // alternate who goes first
        long cpuStart = threads.getCurrentThreadCpuTime();
        wall[i][round] = runs[i].call();
        cpu[i][round] = threads.getCurrentThreadCpuTime() - cpuStart;
      }
    }
    for (int i = 0; i < jars.length; i++) {
      double[] ratios = new double[rounds];
      for (int round = 0; round < rounds; round++) {
        ratios[round] = (double) wall[i][round] / wall[0][round];
      }
      Arrays.sort(ratios);
      long[] w = wall[i].clone();
      long[] c = cpu[i].clone();
      Arrays.sort(w);
      Arrays.sort(c);
      System.out.printf("%s: wall fastest %.1f, median %.1f ms; CPU median %.1f ms;"
              + " median ratio to the first %.3f%n", jars[i], w[0] / 1e6, w[rounds / 2] / 1e6,
          c[rounds / 2] / 1e6, ratios[rounds / 2]);
    }
  }
}
