#!/usr/bin/env bash
# Fuzzes the reader with Jazzer for a chosen time; normal test runs only replay the inputs.
#
#   json/fuzz.sh SECONDS [TARGET]
#
# TARGET is a @FuzzTest method of org.coproduce.json.hostile.ReadFuzzTest: readsBytes (the
# default), readsStreamsAndText or readsThroughTheModule. Jazzer fuzzes one target per run and stops at its first
# finding: the input that found it is written to
# json/src/test/resources/org/coproduce/json/hostile/ReadFuzzTestInputs/TARGET/, where every
# later test run replays it (commit it once the bug is fixed). The growing corpus is kept in
# json/.cifuzz-corpus/ (ignored by git) and reused by the next run.
set -euo pipefail
seconds="${1:?usage: json/fuzz.sh SECONDS [readsBytes|readsStreamsAndText|readsThroughTheModule]}"
target="${2:-readsBytes}"
case "$seconds" in
  '' | *[!0-9]*) echo "SECONDS must be a whole number, not '$seconds'" >&2; exit 2 ;;
esac
cd "$(dirname "$0")/.."
# Jazzer 0.24 takes the fuzzing time from @FuzzTest(maxDuration) only; libFuzzer flags passed as
# jazzer.internal.arg.N come after it and win (index 0 stands for libFuzzer's argv[0]).
JAZZER_FUZZ=1 exec mvn -B -ntp -pl json -am verify \
  -Dtest="ReadFuzzTest#${target}" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.instrument='org.coproduce.**,tools.jackson.core.**' \
  -Djazzer.internal.arg.0=fuzz \
  -Djazzer.internal.arg.1="-max_total_time=${seconds}"
