package org.coproduce.model.testing;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.coproduce.model.Programme;

/**
 * Measures how building and validating a programme, and building its index on the first question,
 * grow from 100,000 to 1,000,000 participants. A program to run by hand with a large heap (e.g.
 * {@code java -Xms8g -Xmx8g -cp ... org.coproduce.model.testing.ScaleCheck}), not a unit test:
 * timings on a shared machine make poor assertions.
 *
 * <p>Usage: {@code ScaleCheck [rounds [seed [small large]]]}. Each round builds the programme
 * afresh from the same generated parts and asks one question. Prints, per size, the median wall
 * time, the median CPU time of the measuring thread (less disturbed by other processes) and the
 * median garbage collection time, then the ratios of the large to the small medians; linear growth
 * gives ratios near 10.
 */
public final class ScaleCheck {
  private ScaleCheck() {}

  /**
   * Runs the measurement.
   *
   * @param args optional number of rounds (default 5), seed (default 1), small and large sizes
   *     (default 100,000 and 1,000,000)
   */
  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 1;
    int small = args.length > 3 ? Integer.parseInt(args[2]) : 100_000;
    int large = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
    System.out.printf(Locale.ROOT, "%s, %d processors, max heap %,d MB, seed %d%n",
        System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, seed);
    // Warm the JIT on a smaller programme so that the first measured round is not the slowest.
    measure(small / 5, rounds, seed, false);
    Medians s = measure(small, rounds, seed, true);
    Medians l = measure(large, rounds, seed, true);
    System.out.printf(Locale.ROOT,
        "ratio %,d / %,d participants: build+validate wall %.2f, cpu %.2f;"
            + " first question (index) wall %.2f, cpu %.2f%n",
        large, small, l.buildWall / s.buildWall, l.buildCpu / s.buildCpu,
        l.indexWall / s.indexWall, l.indexCpu / s.indexCpu);
  }

  private static final class Medians {
    double buildWall;
    double buildCpu;
    double indexWall;
    double indexCpu;
  }

  private static Medians measure(int participants, int rounds, long seed, boolean print) {
    long start = System.nanoTime();
    Programme.Builder builder = new ProgrammeGenerator(seed).builder(participants);
    double generated = (System.nanoTime() - start) / 1e6;
    double[][] times = new double[6][rounds];
    String someone = null;
    for (int r = 0; r < rounds; r++) {
      System.gc();
      long gc0 = gcMillis();
      long cpu0 = Management.threadCpuNanos();
      long t0 = System.nanoTime();
      Programme programme = builder.build();
      long t1 = System.nanoTime();
      long cpu1 = Management.threadCpuNanos();
      long gc1 = gcMillis();
      if (someone == null) {
        someone = programme.participants().get(participants / 2).id();
      }
      // The first question builds the index, once; later ones cost what their answer costs.
      int answer = programme.conferencesOf(someone).size();
      long t2 = System.nanoTime();
      long cpu2 = Management.threadCpuNanos();
      long gc2 = gcMillis();
      times[0][r] = (t1 - t0) / 1e6;
      times[1][r] = (cpu1 - cpu0) / 1e6;
      times[2][r] = gc1 - gc0;
      times[3][r] = (t2 - t1) / 1e6;
      times[4][r] = (cpu2 - cpu1) / 1e6;
      times[5][r] = gc2 - gc1;
      if (print) {
        System.out.printf(Locale.ROOT,
            "%,9d participants, round %d: build+validate %7.0f ms (cpu %7.0f, gc %5.0f);"
                + " first question %7.0f ms (cpu %7.0f, gc %5.0f); answer %d%n",
            participants, r + 1, times[0][r], times[1][r], times[2][r], times[3][r],
            times[4][r], times[5][r], answer);
      }
    }
    Medians medians = new Medians();
    medians.buildWall = median(times[0]);
    medians.buildCpu = median(times[1]);
    medians.indexWall = median(times[3]);
    medians.indexCpu = median(times[4]);
    if (print) {
      System.out.printf(Locale.ROOT,
          "%,9d participants: generated in %.0f ms; medians: build+validate %.0f ms (cpu %.0f,"
              + " gc %.0f), first question %.0f ms (cpu %.0f, gc %.0f)%n",
          participants, generated, medians.buildWall, medians.buildCpu, median(times[2]),
          medians.indexWall, medians.indexCpu, median(times[5]));
    }
    return medians;
  }

  private static long gcMillis() {
    return Management.gcMillis();
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }

  /**
   * The thread's CPU time and the collectors' time, read through reflection: the test sources are
   * compiled into the model's module, which does not read java.management, while this program
   * runs on the class path, where it is at hand.
   */
  private static final class Management {
    private static final Object THREADS;
    private static final Method CPU_TIME;
    private static final List<?> COLLECTORS;
    private static final Method COLLECTION_TIME;

    static {
      try {
        Class<?> factory = Class.forName("java.lang.management.ManagementFactory");
        THREADS = factory.getMethod("getThreadMXBean").invoke(null);
        CPU_TIME = Class.forName("java.lang.management.ThreadMXBean")
            .getMethod("getCurrentThreadCpuTime");
        COLLECTORS = (List<?>) factory.getMethod("getGarbageCollectorMXBeans").invoke(null);
        COLLECTION_TIME = Class.forName("java.lang.management.GarbageCollectorMXBean")
            .getMethod("getCollectionTime");
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("java.management is needed to measure CPU time", e);
      }
    }

    static long threadCpuNanos() {
      try {
        return (Long) CPU_TIME.invoke(THREADS);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
    }

    static long gcMillis() {
      long total = 0;
      try {
        for (Object collector : COLLECTORS) {
          total += Math.max(0, (Long) COLLECTION_TIME.invoke(collector));
        }
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      return total;
    }
  }
}
