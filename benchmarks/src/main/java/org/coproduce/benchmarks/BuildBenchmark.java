package org.coproduce.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.coproduce.model.Conference;
import org.coproduce.model.Programme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Building and validating a programme, and building its index, at two sizes ten times apart, to
 * show that both grow linearly.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class BuildBenchmark {
  /** The workload: {@code 4mb} is a tenth of {@code 40mb}. */
  @Param({"4mb", "40mb"})
  public String size;

  private Programme programme;

  /** Makes the workload. */
  @Setup
  public void setUp() {
    programme = Workload.of(size).programme;
  }

  /**
   * Every object built again through its builder, each checked, then the programme validated.
   *
   * @return the new programme
   */
  @Benchmark
  public Programme rebuildAndValidate() {
    return Rebuild.programme(programme);
  }

  /**
   * The programme alone built again from its parts ({@code Programme.builder().from(p)}): the
   * programme-wide validation (ids, references, loops, dates) over parts already checked.
   *
   * @return the new programme
   */
  @Benchmark
  public Programme validateProgramme() {
    return Programme.builder().from(programme).build();
  }

  /**
   * The same, then the first question, which builds the index: the index costs the difference
   * between this and {@link #validateProgramme()} (timing the index alone would need a fresh
   * programme per call, which JMH can only give through a per-invocation setup whose own cost
   * and timer calls distort calls this long).
   *
   * @return the first question's answer
   */
  @Benchmark
  public List<Conference> validateAndIndex() {
    return Programme.builder().from(programme).build().conferencesByDate();
  }

  /**
   * The control for the growth of the others: a walk that reads every id and reference the
   * validation resolves, in the same order, and looks nothing up ({@link Walk}). Its growth from
   * 4mb to 40mb is what the larger heap alone adds to a pass over the same objects.
   *
   * @return a sum of the strings' hashes
   */
  @Benchmark
  public int walkReferences() {
    return Walk.programme(programme);
  }
}
