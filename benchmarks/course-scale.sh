#!/usr/bin/env bash
# Course scale benchmark: how a plan read (GET plan) and the session writes (PUT attendance, POST session) scale as
# the database grows to 100 000 clients and 5 000 000 sessions. Measured at 10k, 100k, 1M and 5M sessions (the steps
# up to maxSessions, and maxSessions itself), with 1 client per 50 sessions, bulk-loaded over JDBC with Karaf stopped.
# Not part of the test run. Usage: benchmarks/course-scale.sh [maxSessions] [derby|postgresql]
#   (defaults: 5000000 derby; postgresql starts a server of its own from Debian's binaries, as the tests do)
# Results: benchmarks/results/course-scale-<time>.md (rewritten after every step, so a cut-short run keeps its steps).
# Options for the Java program in COURSE_SCALE_OPTS, e.g. COURSE_SCALE_OPTS="-Dcourse.loadBudgetMinutes=60":
#   course.ops (300), course.warmup (100), course.threads (8), course.seconds (15), course.loadBudgetMinutes (30 per
#   step), course.loadThreads (loader connections; 2 on 2 cores), course.derbyPageCache (loader pages, 60000),
#   course.keep (true: keep the unpacked distribution and its database in benchmarks/results/work/course-scale).
# Disk: about 0.75 GB per million sessions (Derby), freed at the end. Time: a full run (5M, Derby) took 17 min on
# 2 cores, 10 of them loading (about 10 000 rows/s); on a slower or busier host loading ran at 5 000 rows/s (~30 min).
set -euo pipefail
cd "$(dirname "$0")/.."
MAX_SESSIONS=${1:-5000000}
DATABASE=${2:-derby}
case "$DATABASE" in
  derby|postgresql) ;;
  *) echo "usage: $0 [maxSessions] [derby|postgresql]" >&2; exit 2 ;;
esac
[[ "$MAX_SESSIONS" =~ ^[0-9]+$ ]] || { echo "maxSessions must be a number" >&2; exit 2; }
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
TARBALL="karaf-assembly/target/kommunmeny-assembly-$VERSION.tar.gz"
[ -f "$TARBALL" ] || mvn -B -q install -DskipTests
mkdir -p benchmarks/results
# 2 GB heap: the loader's Derby page cache (about 0.5 GB) and the latency arrays of the load runs.
# shellcheck disable=SC2086
exec java -Xmx2g ${COURSE_SCALE_OPTS:-} benchmarks/CourseScaleBenchmark.java "$TARBALL" "benchmarks/results" \
  "$MAX_SESSIONS" "$DATABASE"
