#!/usr/bin/env bash
# Runs every test: unit tests, the features verification, and the Pax Exam integration tests against the assembled
# distribution on embedded Derby and on a PostgreSQL server the tests start themselves (PostgreSQL server binaries
# must be installed: Debian's postgresql package; .ci/run installs it).
set -euo pipefail
cd "$(dirname "$0")"
# The municipality profiles in the features file must be what profiles/generate.py makes of the survey's data.
python3 profiles/generate.py --check
exec mvn -B verify "$@"
