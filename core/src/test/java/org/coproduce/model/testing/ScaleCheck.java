package org.coproduce.model.testing;

import java.util.Arrays;
import java.util.Locale;
import org.coproduce.model.Programme;

/**
 * Measures how building and validating a programme, and building its index on the first question,
 * grow from 100,000 to 1,000,000 participants. A program to run by hand (with a large heap, e.g.
 * {@code -Xmx8g}), not a unit test: timings on a shared machine make poor assertions.
 *
 * <p>Usage: {@code ScaleCheck [rounds [seed]]}. Prints the median and minimum of each measure and
 * the ratio of the large to the small median; linear growth gives a ratio near 10.
 */
public final class ScaleCheck {
  private static final int SMALL = 100_000;
  private static final int LARGE = 1_000_000;

  private ScaleCheck() {}

  /**
   * Runs the measurement.
   *
   * @param args optional number of rounds (default 5) and seed (default 1)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    // Warm the JIT on a smaller programme so that the first measured round is not the slowest.
    measure(20_000, rounds, seed, false);
    double[] small = measure(SMALL, rounds, seed, true);
    double[] large = measure(LARGE, rounds, seed, true);
    System.out.printf(Locale.ROOT,
        "ratio %,d / %,d participants (medians): build+validate %.2f, first question %.2f%n",
        LARGE, SMALL, large[0] / small[0], large[1] / small[1]);
  }

  /** Returns the median milliseconds of build+validate and of the first question. */
  private static double[] measure(int participants, int rounds, long seed, boolean print) {
    long start = System.nanoTime();
    Programme.Builder builder = new ProgrammeGenerator(seed).builder(participants);
    double generated = millis(start);
    double[] build = new double[rounds];
    double[] index = new double[rounds];
    String someone = null;
    for (int r = 0; r < rounds; r++) {
      System.gc();
      long t0 = System.nanoTime();
      Programme programme = builder.build();
      long t1 = System.nanoTime();
      if (someone == null) {
        someone = programme.participants().get(participants / 2).id();
      }
      // The first question builds the index, once; later ones cost what their answer costs.
      int answer = programme.conferencesOf(someone).size();
      long t2 = System.nanoTime();
      build[r] = (t1 - t0) / 1e6;
      index[r] = (t2 - t1) / 1e6;
      if (print) {
        System.out.printf(Locale.ROOT,
            "%,9d participants, round %d: build+validate %8.1f ms, first question %8.1f ms"
                + " (answer %d)%n",
            participants, r + 1, build[r], index[r], answer);
      }
    }
    double[] medians = {median(build), median(index)};
    if (print) {
      System.out.printf(Locale.ROOT,
          "%,9d participants: generated in %.0f ms; build+validate median %.1f ms (min %.1f);"
              + " first question median %.1f ms (min %.1f)%n",
          participants, generated, medians[0], Arrays.stream(build).min().orElse(0),
          medians[1], Arrays.stream(index).min().orElse(0));
    }
    return medians;
  }

  private static double millis(long since) {
    return (System.nanoTime() - since) / 1e6;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
