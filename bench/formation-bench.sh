#!/usr/bin/env bash
# Benchmarks of partnership formation, printed as Markdown tables (see docs/benchmarks.md).
#
#   bench/formation-bench.sh                 # realistic cohorts (100, 1,000, 10,000 people: solver vs greedy
#                                            # vs random) and small cohorts against the proven optimum, -Xmx1g
#   bench/formation-bench.sh mdgp            # the MDGPLIB instances in ../shared/benchmarks/mdgp
#   bench/formation-bench.sh cohorts sizes=1000 seeds=1,2,3 small=
#                                            # CohortBenchmark with arguments: sizes=, seeds=, limits= (s, one
#                                            # per size), small=, smallSeeds=, smallLimit= (empty skips a part)
#
# What it runs:
#   ./mvnw -q -B test-compile -Dspotless.check.skip
#   ./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt
#   $JAVA -Xmx1g -cp target/test-classes:target/classes:$(cat target/cp.txt) \
#       org.constellation.formation.bench.CohortBenchmark [arguments]
#   $JAVA -cp ... org.constellation.formation.bench.MdgpBenchmark ../shared/benchmarks/mdgp target/mdgp-solutions
# with JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java (override with JAVA=...).
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
[ -x "$JAVA" ] || { echo "JDK 25 not found at $JAVA (set JAVA=...)" >&2; exit 1; }

what=${1:-cohorts}
[ $# -gt 0 ] && shift

./mvnw -q -B test-compile -Dspotless.check.skip
./mvnw -q -B dependency:build-classpath -Dmdep.outputFile=target/cp.txt
cp="target/test-classes:target/classes:$(cat target/cp.txt)"

case "$what" in
  cohorts)
    "$JAVA" -Xmx1g -cp "$cp" org.constellation.formation.bench.CohortBenchmark "$@"
    ;;
  mdgp)
    "$JAVA" -cp "$cp" org.constellation.formation.bench.MdgpBenchmark ../shared/benchmarks/mdgp target/mdgp-solutions "$@"
    ;;
  *)
    echo "usage: $0 [cohorts [arguments] | mdgp [time factor]]" >&2
    exit 2
    ;;
esac
