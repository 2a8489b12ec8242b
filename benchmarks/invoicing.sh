#!/usr/bin/env bash
# Invoicing benchmark: the time to invoice a month of N placements (POST /api/purchasing/invoices/run), the memory it
# takes, and reading the invoice's UBL and HTML; then the same placements over 10 agreements (10 invoices of N/10).
# The placements are bulk-loaded over JDBC with Karaf stopped, from a fixed seed.
# Not part of the test run. Usage: benchmarks/invoicing.sh [placements] [derby|postgresql]
#   (defaults: 10000 derby; postgresql starts a server of its own from Debian's binaries, as the tests do)
# Results: benchmarks/results/invoicing-<time>.md
# Options for the Java program in INVOICING_OPTS, e.g. INVOICING_OPTS="-Dinvoicing.profile=true":
#   invoicing.split (true: the 10-agreement run too), invoicing.reads (5 reads of the UBL, the HTML, the month's list
#   and one invoice), invoicing.profile (false: record the run with the JDK's flight recorder, jcmd JFR.start, and
#   report where the request's CPU samples are), invoicing.karafHeap (Karaf's -Xmx, e.g. 1g; default: none set),
#   invoicing.keep (true: keep the unpacked distribution, its database and the recording in
#   benchmarks/results/work/invoicing).
# Time: about 4 minutes for 10 000 placements on 2 cores (three Karaf starts).
set -euo pipefail
cd "$(dirname "$0")/.."
PLACEMENTS=${1:-10000}
DATABASE=${2:-derby}
case "$DATABASE" in
  derby|postgresql) ;;
  *) echo "usage: $0 [placements] [derby|postgresql]" >&2; exit 2 ;;
esac
[[ "$PLACEMENTS" =~ ^[0-9]+$ ]] && [ "$PLACEMENTS" -gt 0 ] || { echo "placements must be a positive number" >&2; exit 2; }
VERSION=$(sed -n 's:.*<version>\(.*\)</version>.*:\1:p' pom.xml | head -1)
TARBALL="karaf-assembly/target/kommunmeny-assembly-$VERSION.tar.gz"
[ -f "$TARBALL" ] || mvn -B -q install -DskipTests
mkdir -p benchmarks/results
# shellcheck disable=SC2086
exec java -Xmx1g ${INVOICING_OPTS:-} benchmarks/InvoicingBenchmark.java "$TARBALL" "benchmarks/results" "$PLACEMENTS" \
  "$DATABASE"
