#!/usr/bin/env bash
# Everything CI tests, in one command: the source format (Scripts/format.sh --check, seconds),
# the Swift test suite, the memory checks of hostile input (a minute or two), then the Spark
# job's integration test — both on the release binary that `swift test` has just built. The Spark
# test needs Java 17 and pyspark (see the README's set-up line; .ci/run installs them when missing).
#
# The suite is built optimised, with testable imports: a release build takes some 7 minutes on two
# cores against a debug build's 10, and the suite then runs in about a minute instead of 50 (most
# tests run the whole pipeline, which is 30-50 times slower unoptimised). A plain `swift test`
# (debug) still runs the same tests, for the debugger.
set -euo pipefail
cd "$(dirname "$0")/.."

Scripts/format.sh --check
python3 Scripts/generate-cedict-gazetteer.py --test   # the gazetteer's classification table (no download)
swift test -c release -Xswiftc -enable-testing
ZHEXTRACT="${ZHEXTRACT_BIN:-$PWD/.build/release/zhextract}" Scripts/hostile-memory.sh

if ! command -v java >/dev/null 2>&1 || ! python3 -c 'import pyspark' 2>/dev/null; then
  echo "Scripts/test.sh: the Spark test needs Java 17 and pyspark:" >&2
  echo "  apt-get install -y openjdk-17-jre-headless && python3 -m pip install -r Scripts/spark/requirements.txt" >&2
  exit 1
fi
ZHEXTRACT_BIN="${ZHEXTRACT_BIN:-$PWD/.build/release/zhextract}" python3 Scripts/spark/test_zhextract_spark.py
