#!/usr/bin/env bash
# Load benchmark: throughput and p50/p99 latency of a read and a write per offering (and the person register, the
# menu) at 1, 16 and 64 concurrent clients on loopback, next to the trivial endpoint, on embedded Derby and on
# PostgreSQL (a server of its own from Debian's binaries, as the tests start). Not part of the test run.
#   benchmarks/load.sh [seconds-per-cell] [soak-minutes] [databases]
#   defaults: 10 s per cell, no soak, derby,postgresql. "memory after an hour of load": benchmarks/load.sh 10 60
#   LOAD_OPERATIONS="groups write,menu" benchmarks/load.sh: only those operations, in that order
# Results: benchmarks/results/load-<time>.md. About 8 minutes per database for the default cells on 2 cores.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_CELL=${1:-10}
SOAK=${2:-0}
DATABASES=${3:-derby,postgresql}
[[ "$SECONDS_PER_CELL" =~ ^[0-9]+$ && "$SOAK" =~ ^[0-9]+$ ]] || { echo "usage: $0 [seconds] [soak-minutes] [databases]" >&2; exit 2; }
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
[ -f "karaf-assembly/target/kommunmeny-assembly-$VERSION.tar.gz" ] || mvn -B -q install -DskipTests
mkdir -p benchmarks/results
exec mvn -B -q verify -pl itests -Pbenchmarks -Dit.test=LoadBenchmark -Dload.seconds="$SECONDS_PER_CELL" \
  -Dload.soakMinutes="$SOAK" -Dload.databases="$DATABASES" -Dload.results="$PWD/benchmarks/results" \
  -Dload.operations="${LOAD_OPERATIONS:-}" \
  -Dfailsafe.timeout=0
