package org.coproduce.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.concurrent.TimeUnit;
import org.coproduce.benchmarks.MirrorRecords.ProgrammeRecord;
import org.coproduce.json.ProgrammeJson;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writing the same document three ways, each to the same reused byte stream: {@code
 * ProgrammeJson} from the programme, databind from the records mirror, and Jackson's tree; the
 * records and the tree are read from the workload's bytes, so all three write the same document.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
public class WriteBenchmark {
  /** The workload; {@code 1m} is left out of the default set, pass it with {@code -p size=1m}. */
  @Param({"article", "1mb", "40mb"})
  public String size;

  private ProgrammeJson json;
  private Programme programme;
  private ProgrammeRecord records;
  private JsonNode tree;
  private JsonMapper mapper;
  private ByteArrayOutputStream out;

  /** Makes the workload and its two mirrors. */
  @Setup
  public void setUp() {
    Workload workload = Workload.of(size);
    json = workload.json;
    programme = workload.programme;
    mapper = MirrorRecords.mapper();
    records = mapper.readValue(workload.bytes, ProgrammeRecord.class);
    tree = mapper.readTree(workload.bytes);
    out = new ByteArrayOutputStream(workload.bytes.length + 4096);
  }

  /**
   * {@code ProgrammeJson}: the programme to bytes.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int programmeJson() {
    out.reset();
    json.write(programme, out);
    return out.size();
  }

  /**
   * Databind from the records mirror.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int recordsDatabind() {
    out.reset();
    mapper.writeValue(out, records);
    return out.size();
  }

  /**
   * Jackson's tree.
   *
   * @return the number of bytes written
   */
  @Benchmark
  public int tree() {
    out.reset();
    mapper.writeValue(out, tree);
    return out.size();
  }
}
