package org.coproduce.json.hostile;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs a hostile case and states its time and peak heap, for the record: figures, not
 * assertions, as they depend on the machine and the collector. The peak is the most heap in use,
 * sampled every millisecond, above what was in use before the case: it counts garbage not yet
 * collected too, so it is an upper bound of what the case needs (run {@link HostileFigures} under
 * a small {@code -Xmx} to see what it truly needs).
 */
final class Measured {
  /** What a case did and what it cost. */
  record Outcome(Object result, Throwable thrown, long millis, long peakBytes) {
    String figures() {
      return String.format(Locale.ROOT, "%,d ms, peak heap %,.1f MB", millis, peakBytes / 1e6);
    }
  }

  /** A read that may throw anything. */
  @FunctionalInterface
  interface ThrowingSupplier {
    Object get() throws Exception;
  }

  private Measured() {}

  /** Runs the case, catching whatever it throws, and prints its figures. */
  static Outcome run(String name, ThrowingSupplier read) {
    System.gc();
    long before = used();
    AtomicLong peak = new AtomicLong(before);
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peak.accumulateAndGet(used(), Math::max);
        try {
          Thread.sleep(1);
        } catch (InterruptedException e) {
          return;
        }
      }
    }, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    long started = System.nanoTime();
    Object result = null;
    Throwable thrown = null;
    try {
      result = read.get();
    } catch (Throwable t) {
      thrown = t;
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    peak.accumulateAndGet(used(), Math::max);
    sampler.interrupt();
    Outcome outcome = new Outcome(result, thrown, millis, peak.get() - before);
    System.out.println("hostile case: " + name + ": " + outcome.figures());
    return outcome;
  }

  private static long used() {
    Runtime runtime = Runtime.getRuntime();
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
