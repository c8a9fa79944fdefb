#!/usr/bin/env bash
# Runs the JMH validation benchmarks and prints a Markdown table of ns/op and ratios to the
# Jackson 3 parse-only floor, then the issue-8 targets. Build first:
#
#   ./mvnw -B -q install -DskipTests && benchmarks/run.sh
#
# Options (before any JMH arguments):
#   --full   steadier settings: 3 forks, 20 x 2 s warm-up, 10 x 2 s measurement (about 45 minutes)
#   --cpu    the cross-check for a busy machine instead of JMH: the same benchmarks and setups,
#            timed in thread CPU time after 6 s of warm-up each, interleaved in 300 ms slices, median of 15 rounds (about 3 minutes)
#   any other arguments go to JMH, e.g. a benchmark regex: benchmarks/run.sh 'valid_[123]'
# Default: 1 fork, the warm-up and measurement of the annotations in ValidationBenchmark: 4 x 2 s
# warm-up, 5 x 1 s measurement, and 20 x 2 s warm-up for our validator on invalid events, whose
# large code path was seen still speeding up after 25 s on 2 shared cores (about 5 minutes in all).
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  echo "no $jar: build first with ./mvnw -B -q install -DskipTests" >&2
  exit 2
fi
if [ "${1:-}" = "--cpu" ]; then
  shift
  cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)
  echo "Machine: $(nproc) cores${cpu:+ ($cpu)}, $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' + uncommitted changes'); load average $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
  echo
  exec java -cp "$jar" dev.withheld.benchmarks.CpuTimeRatios "$@"
fi
settings=(-f 1)
if [ "${1:-}" = "--full" ]; then
  shift
  settings=(-f 3 -wi 20 -w 2s -i 10 -r 2s)
fi
filter=(ValidationBenchmark)
if [ $# -gt 0 ] && [ "${1#-}" = "$1" ]; then
  filter=("$1")
  shift
fi
out=benchmarks/target
log="$out/jmh.log"
load_before=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')
echo "Running JMH (${settings[*]}); full log in $log" >&2
# -foe: a benchmark whose @Setup finds a wrong verdict fails the whole command.
if ! java -jar "$jar" "${filter[@]}" "${settings[@]}" -foe true -rf json -rff "$out/jmh.json" "$@" > "$log" 2>&1; then
  echo "JMH failed; the end of $log:" >&2
  tail -40 "$log" >&2
  exit 1
fi
cpu=$(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | sed 's/.*: //' || true)
echo "Machine: $(nproc) cores${cpu:+ ($cpu)}, $(java -version 2>&1 | head -1); commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet 2>/dev/null || echo ' + uncommitted changes')"
echo "JMH ${settings[*]}; load average before $load_before, after $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?') (on a shared machine, ratios from one run are what count)"
echo
java -cp "$jar" dev.withheld.benchmarks.ResultTable "$out/jmh.json"
