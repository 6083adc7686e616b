#!/usr/bin/env bash
# Builds the benchmarks module (and the eflg tool it measures) and runs the scale harness: batch overhead,
# scaling to 1,000,000 evidence items with -Xmx1g, and cold start, each as a ratio against a baseline taken
# in the same run. Prints a table and writes it as JSON under benchmarks/results/.
#
#   benchmarks/run.sh                      the whole harness (under 10 minutes on 2 cores)
#   benchmarks/run.sh --only startup       one part: batch, scaling or startup
#   benchmarks/run.sh --only batch --warmup 4   four warm-up rounds of each batch path before measuring (default 1)
#   benchmarks/run.sh jmh [JMH options]    the JMH benchmarks instead, e.g. jmh AssessBenchmark -p size=medium
#   benchmarks/run.sh --only workforce     eflg workforce on 100,000 and 1,000,000 employees against eflg --version
#   benchmarks/run.sh disclosure           the long run of the workforce disclosure property (5,000 workforces)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ "${1:-}" = "disclosure" ]; then
  cd "$root"
  exec ./mvnw -q -B -pl framework-plugins/plugin-workforce -am verify -Dtest=NoRecoveryPropertiesTest \
    -Dsurefire.failIfNoSpecifiedTests=false -DexcludedGroups=none -Dgroups=long-run
fi
(cd "$root" && ./mvnw -q -B -DskipTests -pl benchmarks -am package) >&2
jar="$root/benchmarks/target/benchmarks.jar"
if [ "${1:-}" = "jmh" ]; then
  shift
  exec java -cp "$jar" org.openjdk.jmh.Main "$@"
fi
exec java -jar "$jar" --root "$root" "$@"
