#!/usr/bin/env bash
# Kernel benchmark: cold start to the first 200 on the menu, resident memory after boot, install-to-live and
# uninstall-to-404 of an offering, and requests/s and latency of the menu (with the treatment plan, then with housing
# and employment support as well) next to a trivial endpoint.
# Not part of the test run. Usage: benchmarks/run.sh [seconds-per-load-run] (default 20)
# Results: benchmarks/results/kernel-<time>.md (the figures in the README come from such a file).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
TARBALL="karaf-assembly/target/kommunmeny-assembly-$VERSION.tar.gz"
[ -f "$TARBALL" ] || mvn -B -q install -DskipTests
# wrk (Debian package) is the load tool when present; otherwise a pool of Java HTTP clients stands in.
if ! command -v wrk >/dev/null && [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
  apt-get install -y -q wrk >/dev/null 2>&1 || true
fi
mkdir -p benchmarks/results
exec java -Xmx512m benchmarks/KernelBenchmark.java "$TARBALL" "benchmarks/results" "${1:-20}"
