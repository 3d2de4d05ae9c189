#!/usr/bin/env bash
# Formats every Swift file the package builds with the toolchain's swift-format and the
# repository's .swift-format (160 columns, two-space indent). Generated tables are left as
# their generators write them (Lexicon/Embedded/, Ingest/Generated/).
#
#   Scripts/format.sh           # rewrite files in place
#   Scripts/format.sh --check   # change nothing; list the files the formatter would change (exit 1)
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(find Sources Tests Fuzz/Sources -name '*.swift' ! -path '*Generated*' ! -path '*/Embedded/*' | sort)

if [ "${1:-}" != "--check" ]; then
  swift format --configuration .swift-format -i "${files[@]}"
  exit 0
fi

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
for file in "${files[@]}"; do
  mkdir -p "$scratch/$(dirname "$file")"
  cp "$file" "$scratch/$file"
done
(cd "$scratch" && swift format --configuration "$OLDPWD/.swift-format" -i "${files[@]}")
unformatted=()
for file in "${files[@]}"; do
  cmp -s "$file" "$scratch/$file" || unformatted+=("$file")
done
if [ ${#unformatted[@]} -gt 0 ]; then
  echo "Scripts/format.sh: ${#unformatted[@]} file(s) differ from swift-format's output; run Scripts/format.sh and commit:" >&2
  printf '  %s\n' "${unformatted[@]}" >&2
  exit 1
fi
echo "Scripts/format.sh: ${#files[@]} files formatted as .swift-format says"
