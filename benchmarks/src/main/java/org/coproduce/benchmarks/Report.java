package org.coproduce.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.coproduce.model.Programme;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one run's results into the README's tables: every ratio the goals name, measured in the
 * same run, with whether the goal is met.
 *
 * <p>Ratios compare CPU time per operation of the whole process (benchmark thread, garbage
 * collector and compiler; see {@link CpuTimeProfiler}), because on a machine shared with other
 * work wall-clock time measures the others' load as much as the code. Wall-clock times are shown
 * beside them.
 *
 * <p>Usage: {@code Report RESULTS_FOLDER}; reads every {@code jmh-*.json} (JMH's JSON output)
 * and, when present, {@code heap.json} (from {@link RetainedHeap}); writes {@code report.md} there
 * and prints it.
 */
public final class Report {
  // The speed goals: read and write throughput against databind into records, the read's time
  // against a bare token pass, its allocation against databind's, and the growth from 4mb to
  // 40mb of what scales with the programme.
  private static final double READ_SPEEDUP = 1.2;
  private static final double WRITE_SPEEDUP = 1.2;
  private static final double FLOOR_RATIO = 2.0;
  private static final double ALLOCATION_RATIO = 0.6;
  private static final double GROWTH = 12;

  private static final String READ = "ReadBenchmark.";
  private static final String WRITE = "WriteBenchmark.";
  private static final String BUILD = "BuildBenchmark.";
  private static final String QUESTION = "QuestionBenchmark.";
  /** The size pair ten times apart, for growth. */
  private static final String SMALL = "4mb";
  private static final String LARGE = "40mb";
  private static final List<String> SIZES = List.of("article", "1mb", "4mb", "40mb", "1m");

  private final Map<String, Score> scores = new LinkedHashMap<>();
  private final StringBuilder out = new StringBuilder();

  /** One benchmark at one size: wall-clock time, its error, CPU times and allocation per op. */
  private record Score(double wall, double error, String unit, double cpu, double workerCpu,
      double allocated) {
    /** CPU time per op when measured, else wall-clock time. */
    double cost() {
      return Double.isNaN(cpu) ? wall : cpu;
    }
  }

  private Report() {}

  /**
   * Writes the report.
   *
   * @param args the results folder
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path folder = Path.of(args.length > 0 ? args[0] : "benchmarks/results/latest");
    Report report = new Report();
    JsonMapper mapper = JsonMapper.builder().build();
    try (DirectoryStream<Path> results = Files.newDirectoryStream(folder, "jmh-*.json")) {
      for (Path result : results) {
        for (JsonNode run : mapper.readTree(result.toFile())) {
          report.add(run);
        }
      }
    }
    Path heap = folder.resolve("heap.json");
    JsonNode heapNode = Files.isRegularFile(heap) ? mapper.readTree(heap.toFile()) : null;
    String text = report.render(heapNode);
    Files.writeString(folder.resolve("report.md"), text, StandardCharsets.UTF_8);
    System.out.print(text);
  }

  private void add(JsonNode run) {
    String name = run.get("benchmark").asString();
    name = name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
    JsonNode params = run.get("params");
    String size = params == null || params.get("size") == null ? "" : params.get("size").asString();
    JsonNode primary = run.get("primaryMetric");
    double allocated = Double.NaN;
    double cpu = Double.NaN;
    double workerCpu = Double.NaN;
    JsonNode secondary = run.get("secondaryMetrics");
    if (secondary != null) {
      for (Map.Entry<String, JsonNode> metric : secondary.properties()) {
        double score = number(metric.getValue().get("score"));
        if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
          allocated = score;
        } else if (metric.getKey().endsWith("cpu.process")) {
          cpu = score;
        } else if (metric.getKey().endsWith("cpu.worker")) {
          workerCpu = score;
        }
      }
    }
    scores.put(name + "@" + size, new Score(number(primary.get("score")),
        number(primary.get("scoreError")), primary.get("scoreUnit").asString().replace("/op", ""),
        cpu, workerCpu, allocated));
  }

  /** JMH writes a number, or the string "NaN" when it has too few samples for an error. */
  private static double number(JsonNode node) {
    return node != null && node.isNumber() ? node.asDouble() : Double.NaN;
  }

  private Score score(String benchmark, String size) {
    return scores.get(benchmark + "@" + size);
  }

  private TreeSet<String> sizes(String prefix) {
    TreeSet<String> sizes = new TreeSet<>(
        (a, b) -> Integer.compare(SIZES.indexOf(a), SIZES.indexOf(b)));
    scores.keySet().stream().filter(k -> k.startsWith(prefix))
        .forEach(k -> sizes.add(k.substring(k.indexOf('@') + 1)));
    return sizes;
  }

  private String render(JsonNode heap) {
    out.append("### Goals\n\n");
    out.append("| goal | size | ours | peer | measured (CPU) | measured (wall) | target | met |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (String size : sizes(READ)) {
      Score ours = score(READ + "programmeJson", size);
      Score records = score(READ + "recordsDatabind", size);
      Score floor = score(READ + "streamingFloor", size);
      if (ours == null) {
        continue;
      }
      if (records != null) {
        speedup("read: throughput vs records databind", size, ours, records, READ_SPEEDUP);
      }
      if (floor != null) {
        double cpu = ours.cost() / floor.cost();
        row("read: time vs streaming floor", size, cpu(ours), cpu(floor), cpu,
            ours.wall / floor.wall, atMost(FLOOR_RATIO), cpu <= FLOOR_RATIO);
      }
      if (records != null && !Double.isNaN(ours.allocated) && !Double.isNaN(records.allocated)) {
        double ratio = ours.allocated / records.allocated;
        row("read: allocation vs records databind", size, bytes(ours.allocated),
            bytes(records.allocated), ratio, Double.NaN, atMost(ALLOCATION_RATIO),
            ratio <= ALLOCATION_RATIO);
      }
    }
    for (String size : sizes(WRITE)) {
      Score ours = score(WRITE + "programmeJson", size);
      Score records = score(WRITE + "recordsDatabind", size);
      if (ours != null && records != null) {
        speedup("write: throughput vs records databind", size, ours, records, WRITE_SPEEDUP);
      }
    }
    for (String benchmark : List.of("rebuildAndValidate", "validateProgramme",
        "validateAndIndex")) {
      Score small = score(BUILD + benchmark, SMALL);
      Score large = score(BUILD + benchmark, LARGE);
      if (small != null && large != null) {
        growth(benchmark, large.cost(), small.cost(), large.unit, large.wall / small.wall);
      }
    }
    Score smallIndex = score(BUILD + "validateAndIndex", SMALL);
    Score largeIndex = score(BUILD + "validateAndIndex", LARGE);
    Score smallValidate = score(BUILD + "validateProgramme", SMALL);
    Score largeValidate = score(BUILD + "validateProgramme", LARGE);
    if (smallIndex != null && largeIndex != null && smallValidate != null
        && largeValidate != null) {
      growth("index (validateAndIndex − validateProgramme)",
          largeIndex.cost() - largeValidate.cost(), smallIndex.cost() - smallValidate.cost(),
          largeIndex.unit, (largeIndex.wall - largeValidate.wall)
              / (smallIndex.wall - smallValidate.wall));
    }
    Score smallWalk = score(BUILD + "walkReferences", SMALL);
    Score largeWalk = score(BUILD + "walkReferences", LARGE);
    if (smallWalk != null && largeWalk != null) {
      // The control has no target: it shows what the larger heap alone adds to any pass.
      row("growth: control, a walk over the references (no look-up), 10x the data",
          SMALL + " → " + LARGE,
          String.format(Locale.ROOT, "%.4g %s", largeWalk.cost(), largeWalk.unit),
          String.format(Locale.ROOT, "%.4g %s", smallWalk.cost(), smallWalk.unit),
          largeWalk.cost() / smallWalk.cost(), largeWalk.wall / smallWalk.wall, "(control)",
          "-");
    }
    if (heap != null) {
      double ours = heap.get("programmeJson").asDouble();
      double indexed = heap.get("programmeJsonIndexed").asDouble();
      double records = heap.get("recordsDatabind").asDouble();
      String size = heap.get("size").asString();
      row("retained heap vs records mirror", size, bytes(ours), bytes(records), ours / records,
          Double.NaN, "≤ 1.2x", ours / records <= 1.2);
      row("retained heap, index built, vs records mirror", size, bytes(indexed), bytes(records),
          indexed / records, Double.NaN, "(≤ 1.2x)", indexed / records <= 1.2);
    }
    questions();
    all();
    return out.toString();
  }

  private static String atMost(double ratio) {
    return String.format(Locale.ROOT, "≤ %.1fx", ratio);
  }

  private void speedup(String goal, String size, Score ours, Score peer, double target) {
    double cpu = peer.cost() / ours.cost();
    row(goal, size, cpu(ours), cpu(peer), cpu, peer.wall / ours.wall,
        String.format(Locale.ROOT, "≥ %.1fx", target), cpu >= target);
  }

  private void growth(String what, double large, double small, String unit, double wall) {
    double ratio = large / small;
    row("growth: " + what + ", 10x the data", SMALL + " → " + LARGE,
        String.format(Locale.ROOT, "%.4g %s", large, unit),
        String.format(Locale.ROOT, "%.4g %s", small, unit), ratio, wall, atMost(GROWTH),
        ratio <= GROWTH);
  }

  private void row(String goal, String size, String ours, String peer, double measured,
      double wall, String target, boolean met) {
    row(goal, size, ours, peer, measured, wall, target, met ? "yes" : "**no**");
  }

  private void row(String goal, String size, String ours, String peer, double measured,
      double wall, String target, String met) {
    out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2fx | %s | %s | %s |%n", goal,
        size, ours, peer, measured,
        Double.isNaN(wall) ? "-" : String.format(Locale.ROOT, "%.2fx", wall), target, met));
  }

  /** Per-call cost of each question at both sizes, against the mean size of its answers. */
  private void questions() {
    TreeSet<String> sizes = sizes(QUESTION);
    if (sizes.isEmpty()) {
      return;
    }
    Map<String, Map<QuestionSample.Question, Double>> answers = new LinkedHashMap<>();
    for (String size : sizes) {
      Programme programme = Workload.of(size).programme;
      QuestionSample sample = new QuestionSample(programme);
      Map<QuestionSample.Question, Double> means = new LinkedHashMap<>();
      for (QuestionSample.Question question : QuestionSample.Question.values()) {
        means.put(question, question.meanAnswer(programme, sample));
      }
      answers.put(size, means);
    }
    out.append("\n### Questions, CPU time per call (mean over ").append(QuestionSample.SIZE)
        .append(" arguments) and mean answer size\n\n| question |");
    for (String size : sizes) {
      out.append(" ").append(size).append(" | answer |");
    }
    boolean both = sizes.contains(SMALL) && sizes.contains(LARGE);
    // The control, a constant-time look-up, shows what the larger heap alone adds per call.
    double control = Double.NaN;
    if (both && score(QUESTION + "participantById", SMALL) != null
        && score(QUESTION + "participantById", LARGE) != null) {
      control = score(QUESTION + "participantById", LARGE).cost()
          / score(QUESTION + "participantById", SMALL).cost();
    }
    out.append(both ? " per answer item, 40mb / 4mb | the same over the control's "
        + String.format(Locale.ROOT, "%.2fx", control) + " | ≤ 2x |\n|---|" : "\n|---|");
    out.append("---|---|".repeat(sizes.size())).append(both ? "---|---|---|\n" : "\n");
    for (QuestionSample.Question question : QuestionSample.Question.values()) {
      out.append("| ").append(question.name()).append(" |");
      for (String size : sizes) {
        Score score = score(QUESTION + question.name(), size);
        out.append(" ").append(score == null ? "-" : cpu(score)).append(" | ")
            .append(String.format(Locale.ROOT, "%.1f", answers.get(size).get(question)))
            .append(" |");
      }
      if (both) {
        Score small = score(QUESTION + question.name(), SMALL);
        Score large = score(QUESTION + question.name(), LARGE);
        if (small != null && large != null) {
          double ratio = (large.cost() / (answers.get(LARGE).get(question) + 1))
              / (small.cost() / (answers.get(SMALL).get(question) + 1));
          double normalised = Double.isNaN(control) ? ratio : ratio / control;
          out.append(String.format(Locale.ROOT, " %.2fx | %.2fx | %s |", ratio, normalised,
              normalised <= 2 ? "yes" : "**no**"));
        } else {
          out.append(" - | - | - |");
        }
      }
      out.append("\n");
    }
  }

  /** Every score, with its error, CPU times, allocation and, for reading and writing, speed. */
  private void all() {
    out.append("\n### Every benchmark\n\n| benchmark | size | wall | ± | CPU, process | CPU, "
        + "benchmark thread | allocated per op | document MB/s (CPU) |\n"
        + "|---|---|---|---|---|---|---|---|\n");
    scores.forEach((key, score) -> {
      int at = key.indexOf('@');
      String size = key.substring(at + 1);
      String speed = "-";
      if ((key.startsWith(READ) || key.startsWith(WRITE)) && score.unit.equals("us")) {
        speed = String.format(Locale.ROOT, "%.0f", Workload.of(size).bytes.length / score.cost());
      }
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %.3g | %s | %s | %s | %s |%n",
          key.substring(0, at), size, time(score), score.error, cpu(score),
          Double.isNaN(score.workerCpu) ? "-"
              : String.format(Locale.ROOT, "%.4g %s", score.workerCpu, score.unit),
          Double.isNaN(score.allocated) ? "-" : bytes(score.allocated), speed));
    });
    out.append("\nDocument sizes:");
    for (String size : sizes("")) {
      out.append(String.format(Locale.ROOT, " %s %s,", size,
          bytes(Workload.of(size).bytes.length)));
    }
    out.setLength(out.length() - 1);
    out.append(".\n");
  }

  private static String time(Score score) {
    return String.format(Locale.ROOT, "%.4g %s", score.wall, score.unit);
  }

  private static String cpu(Score score) {
    return String.format(Locale.ROOT, "%.4g %s", score.cost(), score.unit);
  }

  private static String bytes(double bytes) {
    if (bytes >= 1 << 20) {
      return String.format(Locale.ROOT, "%.1f MiB", bytes / (1 << 20));
    }
    if (bytes >= 1 << 10) {
      return String.format(Locale.ROOT, "%.1f KiB", bytes / (1 << 10));
    }
    return String.format(Locale.ROOT, "%.0f B", bytes);
  }
}
