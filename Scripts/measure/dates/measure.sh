#!/bin/sh
# Measures dates end to end on the tune and held-out articles with the shared scorer, and
# checks the publication date of each article against its gold.
# usage: Scripts/measure/dates/measure.sh [--diff]   (binary: $ZHEXTRACT or .build/release/zhextract;
#        scorer: $SCORE or ../shared/dev/score.py)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../.." && pwd)
bin=${ZHEXTRACT:-$root/.build/release/zhextract}
score=${SCORE:-$root/../shared/dev/score.py}
[ -f "$score" ] || score=/work/shared/dev/score.py
for part in tune held-out; do
  out=$(mktemp)
  for f in "$here/$part"/docs/*.txt; do "$bin" extract "$f" 2>/dev/null; done > "$out"
  echo "== $part"
  python3 "$score" "$here/$part/gold" "$here/$part/docs" "$out" --kinds=dates "$@" | tail -n +1
  python3 - "$here/$part/gold" "$out" <<'PY'
import json, os, sys
gold = {json.load(open(os.path.join(sys.argv[1], f)))["doc"]: json.load(open(os.path.join(sys.argv[1], f)))["published"] for f in sorted(os.listdir(sys.argv[1]))}
dec = json.JSONDecoder(); raw = open(sys.argv[2]).read(); i = 0; found = {}
while i < len(raw):
    while i < len(raw) and raw[i].isspace(): i += 1
    if i >= len(raw): break
    o, i = dec.raw_decode(raw, i); found[os.path.basename(o["id"])] = o["meta"]["published"]
right = sum(1 for d, p in gold.items() if found.get(d) == p)
print(f"published right: {right}/{len(gold)}", "" if right == len(gold) else {d: (p, found.get(d)) for d, p in gold.items() if found.get(d) != p})
PY
  rm -f "$out"
done
