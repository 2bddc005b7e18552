package org.coproduce.benchmarks;

import java.io.IOException;
import java.lang.ref.Reference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.coproduce.benchmarks.MirrorRecords.ProgrammeRecord;
import org.coproduce.json.ProgrammeJson;
import org.coproduce.model.Programme;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heap a read document keeps alive, for {@code ProgrammeJson}'s programme (before and after
 * its index is built), the records mirror and Jackson's tree, all read from the same bytes.
 *
 * <p>Method, without any agent: with the document's bytes already held, the heap in use is taken
 * after garbage collections until it stops shrinking; the subject is read and held; the heap in
 * use is taken the same way again; the difference is what the subject retains. Each subject is
 * measured {@value #ROUNDS} times and the median kept. Run it with a stop-the-world collector
 * ({@code -XX:+UseSerialGC}) so that "in use" after a full collection is exact.
 *
 * <p>Usage: {@code RetainedHeap [size] [output.json]}; size defaults to {@code 40mb}.
 */
public final class RetainedHeap {
  private static final int ROUNDS = 3;

  private RetainedHeap() {}

  /**
   * Measures and prints, and writes the numbers as JSON when an output file is given.
   *
   * @param args size, then an optional output file
   * @throws IOException if the output cannot be written
   */
  public static void main(String[] args) throws IOException {
    String size = args.length > 0 ? args[0] : "40mb";
    ProgrammeJson json = Workload.json(size);
    byte[] bytes = Workload.bytes(json, Workload.programme(size));
    JsonMapper mapper = MirrorRecords.mapper();

    Map<String, Supplier<Object>> subjects = new LinkedHashMap<>();
    subjects.put("programmeJson", () -> json.read(bytes));
    subjects.put("programmeJsonIndexed", () -> {
      Programme programme = json.read(bytes);
      programme.conferencesByDate();
      return programme;
    });
    subjects.put("recordsDatabind", () -> mapper.readValue(bytes, ProgrammeRecord.class));
    subjects.put("tree", () -> mapper.readTree(bytes));

    Map<String, Long> retained = new LinkedHashMap<>();
    for (Map.Entry<String, Supplier<Object>> subject : subjects.entrySet()) {
      subject.getValue().get(); // warm the reader's classes and caches before any measurement
      long[] rounds = new long[ROUNDS];
      for (int round = 0; round < ROUNDS; round++) {
        rounds[round] = retainedBy(subject.getValue());
      }
      Arrays.sort(rounds);
      retained.put(subject.getKey(), rounds[ROUNDS / 2]);
    }

    List<String> members = new ArrayList<>();
    members.add("\"size\": \"" + size + "\"");
    members.add("\"documentBytes\": " + bytes.length);
    retained.forEach((name, value) -> members.add("\"" + name + "\": " + value));
    String text = "{\n  " + String.join(",\n  ", members) + "\n}\n";
    System.out.print(text);
    System.out.printf(Locale.ROOT, "programme / records: %.2f (indexed %.2f)%n",
        (double) retained.get("programmeJson") / retained.get("recordsDatabind"),
        (double) retained.get("programmeJsonIndexed") / retained.get("recordsDatabind"));
    if (args.length > 1) {
      Path out = Path.of(args[1]);
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
  }

  private static long retainedBy(Supplier<Object> read) {
    long before = settledHeapInUse();
    Object held = read.get();
    long after = settledHeapInUse();
    Reference.reachabilityFence(held);
    return after - before;
  }

  private static long settledHeapInUse() {
    Runtime runtime = Runtime.getRuntime();
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long used = runtime.totalMemory() - runtime.freeMemory();
      if (used >= previous) {
        return used;
      }
      previous = used;
    }
    return previous;
  }
}
