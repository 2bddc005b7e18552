package org.coproduce.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time per operation, next to JMH's wall-clock time: the benchmark threads' own CPU time
 * ({@code cpu.worker}) and the whole process's ({@code cpu.process}, which adds the garbage
 * collector's and the compiler's threads). On a machine shared with other work, wall-clock time
 * grows with the others' load while CPU time does not, so the report compares CPU times. Use with
 * {@code -prof org.coproduce.benchmarks.CpuTimeProfiler}.
 */
public final class CpuTimeProfiler implements InternalProfiler {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean system =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private Map<Long, Long> workersBefore = Map.of();
  private long processBefore;

  @Override
  public String getDescription() {
    return "CPU time per operation, of the benchmark threads and of the whole process";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmark, IterationParams iteration) {
    workersBefore = workerCpu();
    processBefore = system.getProcessCpuTime();
  }

  @Override
  public List<ScalarResult> afterIteration(
      BenchmarkParams benchmark, IterationParams iteration, IterationResult result) {
    long process = system.getProcessCpuTime() - processBefore;
    long workers = 0;
    for (Map.Entry<Long, Long> after : workerCpu().entrySet()) {
      workers += after.getValue() - workersBefore.getOrDefault(after.getKey(), 0L);
    }
    long ops = result.getMetadata().getAllOps() * benchmark.getOpsPerInvocation();
    if (ops == 0) {
      return List.of();
    }
    TimeUnit unit = benchmark.getTimeUnit();
    double nanosPerUnit = unit.toNanos(1);
    String label = label(unit) + "/op";
    return List.of(
        new ScalarResult("cpu.worker", workers / nanosPerUnit / ops, label, AggregationPolicy.AVG),
        new ScalarResult("cpu.process", process / nanosPerUnit / ops, label,
            AggregationPolicy.AVG));
  }

  /** CPU time so far of each JMH worker thread, by thread id. */
  private Map<Long, Long> workerCpu() {
    Map<Long, Long> cpu = new HashMap<>();
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().contains("jmh-worker")) {
        long nanos = threads.getThreadCpuTime(thread.getId());
        if (nanos >= 0) {
          cpu.put(thread.getId(), nanos);
        }
      }
    }
    return cpu;
  }

  /** The label JMH itself gives a time unit. */
  private static String label(TimeUnit unit) {
    switch (unit) {
      case NANOSECONDS:
        return "ns";
      case MICROSECONDS:
        return "us";
      case MILLISECONDS:
        return "ms";
      case SECONDS:
        return "s";
      default:
        return unit.name().toLowerCase(Locale.ROOT);
    }
  }
}
