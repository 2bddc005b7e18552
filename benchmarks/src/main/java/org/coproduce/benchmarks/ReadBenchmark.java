package org.coproduce.benchmarks;

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
import org.openjdk.jmh.infra.Blackhole;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading the same bytes four ways: {@code ProgrammeJson} (to a validated programme), databind
 * into the records a user would write, Jackson's tree, and a streaming pass that materialises
 * every name and value but builds nothing (the floor no reader can beat).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 15, time = 2)
@Measurement(iterations = 5, time = 2)
public class ReadBenchmark {
  /** The workload; {@code 1m} is left out of the default set, pass it with {@code -p size=1m}. */
  @Param({"article", "1mb", "40mb"})
  public String size;

  private byte[] bytes;
  private ProgrammeJson json;
  private JsonMapper mapper;

  /** Makes the workload's bytes and the mapper of the peers. */
  @Setup
  public void setUp() {
    Workload workload = Workload.of(size);
    bytes = workload.bytes;
    json = workload.json;
    mapper = MirrorRecords.mapper();
  }

  /**
   * {@code ProgrammeJson}: bytes to a validated programme.
   *
   * @return the programme
   */
  @Benchmark
  public Programme programmeJson() {
    return json.read(bytes);
  }

  /**
   * Databind into records: no validation at all.
   *
   * @return the records
   */
  @Benchmark
  public ProgrammeRecord recordsDatabind() {
    return mapper.readValue(bytes, ProgrammeRecord.class);
  }

  /**
   * Jackson's tree model.
   *
   * @return the tree
   */
  @Benchmark
  public JsonNode tree() {
    return mapper.readTree(bytes);
  }

  /**
   * The floor: every token, every name and string value materialised, numbers decoded, nothing
   * built.
   *
   * @param blackhole sinks the strings
   * @return the number of names and strings
   */
  @Benchmark
  public int streamingFloor(Blackhole blackhole) {
    return streamEveryToken(mapper, bytes, blackhole);
  }

  /** Streams every token, and gives the number of names and strings materialised. */
  static int streamEveryToken(JsonMapper mapper, byte[] bytes, Blackhole blackhole) {
    int strings = 0;
    try (JsonParser parser = mapper.createParser(bytes)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case PROPERTY_NAME:
          case VALUE_STRING:
            blackhole.consume(parser.getString());
            strings++;
            break;
          case VALUE_NUMBER_INT:
            blackhole.consume(parser.getIntValue());
            break;
          case VALUE_NUMBER_FLOAT:
            blackhole.consume(parser.getDoubleValue());
            break;
          default:
            blackhole.consume(token);
        }
      }
    }
    return strings;
  }
}
