#!/usr/bin/env bash
# Runs the libFuzzer target (Fuzz/) over the whole pipeline for MINUTES minutes.
#
#   Scripts/fuzz.sh 10            # ten minutes, seeds from Corpus/ and the regression inputs
#
# Seeds: the Corpus/ articles cut into ~2 KB pieces, plus Tests/Fixtures/fuzz-regressions/.
# Work files go to fuzz-artifacts/ (ignored by git): the growing corpus in
# fuzz-artifacts/corpus, crashes as fuzz-artifacts/crash-*. Copy a crash into
# Tests/Fixtures/fuzz-regressions/ (a descriptive name) once it is fixed: the test
# `FuzzRegressionTests` replays every file there on each `swift test`.
set -euo pipefail
minutes="${1:-5}"
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/fuzz-artifacts"
mkdir -p "$work/corpus" "$work/seeds"

for article in "$root"/Corpus/*; do
  split -C 2000 -d -a 3 "$article" "$work/seeds/$(basename "$article")."
done
cp "$root"/Tests/Fixtures/fuzz-regressions/* "$work/seeds/" 2>/dev/null || true

# Clang's module cache does not notice headers added to the ICU shim's include directory.
rm -rf "$root"/.build-fuzz/*/debug/ModuleCache
(cd "$root/Fuzz" && swift build -c debug -Xswiftc -sanitize=fuzzer,address -Xswiftc -g --build-path "$root/.build-fuzz" 2>&1 | grep -v "Cannot export local symbol")
binary="$root/.build-fuzz/debug/ZhExtractFuzz"

cd "$work"
"$binary" corpus seeds \
  -max_total_time=$((minutes * 60)) -timeout=20 -rss_limit_mb=4096 -max_len=8192 \
  -artifact_prefix="$work/" -print_final_stats=1 2>&1 | tee "$work/last-run.log" | grep -E "^#|ERROR|SUMMARY|stat::" | tail -20
