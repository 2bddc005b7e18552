#!/usr/bin/env bash
# Runs the benchmarks and writes the report.
#
#   benchmarks/run.sh quick     # about 7 minutes on 2 cores: check a change
#   benchmarks/run.sh full      # the whole suite (about 25 minutes on 2 cores)
#   benchmarks/run.sh million   # on demand: a million participants (needs ~20 GB of memory)
#
# quick reads and writes the 1mb document only; full adds the article's and the 40mb one, with
# the benchmarks' own (longer) warm-up and measurement, and forks for every question.
#
# Extra arguments go to JMH, e.g. `benchmarks/run.sh quick -prof stack` or a benchmark regexp.
# Results: benchmarks/results/<profile>-<time>/{jmh-*.json,jmh.log,heap.json,report.md}, and a copy
# of the folder as benchmarks/results/latest.
set -euo pipefail

profile=${1:-quick}
shift || true
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

mvn -B -q -DskipTests package -pl benchmarks -am
jar=benchmarks/target/benchmarks.jar

out=benchmarks/results/$profile-$(date -u +%Y%m%dT%H%M%SZ)
mkdir -p "$out"
# Each fork reads the workload's document from here instead of generating it again; emptied first
# so that a changed generator or writer never leaves a stale document behind.
workloads=benchmarks/target/workloads
rm -rf "$workloads"
mkdir -p "$workloads"

jmh() {
  java -Dcoproduce.workloads="$workloads" -jar "$jar" \
    -prof gc -prof org.coproduce.benchmarks.CpuTimeProfiler -rf json -rff "$out/jmh-$1.json" "${@:2}" 2>&1 | tee -a "$out/jmh.log"
}

case "$profile" in
  quick)
    # The reader is large: on two busy cores its compilation takes some 20 s to settle.
    jmh read  'ReadBenchmark'  -f 1 -wi 10 -w 2s -i 3 -r 2s -p size=1mb "$@"
    jmh write 'WriteBenchmark' -f 1 -wi 5 -w 2s -i 3 -r 2s -p size=1mb "$@"
    jmh build 'BuildBenchmark' -f 1 -wi 4 -w 2s -i 3 -r 2s -p size=4mb,40mb "$@"
    # The questions share one JVM (-f 0) so that the workloads are read once, not 28 times;
    # the full profile forks for each.
    jmh questions 'QuestionBenchmark' -f 0 -wi 2 -w 500ms -i 3 -r 500ms -p size=4mb,40mb "$@"
    heap_size=40mb
    ;;
  full)
    jmh read  'ReadBenchmark'  "$@"
    jmh write 'WriteBenchmark' "$@"
    jmh build 'BuildBenchmark' "$@"
    jmh questions 'QuestionBenchmark' "$@"
    heap_size=40mb
    ;;
  million)
    big=(-jvmArgsAppend "-Xms20g -Xmx20g" -f 1 -wi 1 -i 3 -p size=1m)
    jmh read  'ReadBenchmark'  "${big[@]}" "$@"
    jmh write 'WriteBenchmark' "${big[@]}" "$@"
    jmh build 'BuildBenchmark.(rebuild|validate)' "${big[@]}" "$@"
    heap_size=1m
    ;;
  *)
    echo "usage: $0 [quick|full|million] [JMH arguments...]" >&2
    exit 2
    ;;
esac

heap_memory=-Xmx8g
[ "$heap_size" = 1m ] && heap_memory=-Xmx20g
java -XX:+UseSerialGC "$heap_memory" -cp "$jar" org.coproduce.benchmarks.RetainedHeap \
  "$heap_size" "$out/heap.json" | tee -a "$out/jmh.log"

java -Dcoproduce.workloads="$workloads" -Xmx3g -cp "$jar" org.coproduce.benchmarks.Report "$out"
rm -rf benchmarks/results/latest
cp -r "$out" benchmarks/results/latest
echo "Report: $out/report.md"
