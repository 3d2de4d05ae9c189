#!/usr/bin/env bash
# Resource checks for hostile input (issue 11) that take seconds, large generated files or a
# measured peak resident set — kept out of `swift test` and out of CI (a release build, gigabytes
# of memory, minutes of a loaded machine; bounds on memory and time are not for a shared CI box):
# run it by hand after changes to ingest, the scanners, the writer or diff:
#
#   Scripts/hostile-resources.sh                  # builds the release binary, then checks
#   ZHEXTRACT=.build/release/zhextract Scripts/hostile-resources.sh
#
# Each check prints one line (ok / FAIL, the figure and its bound); the exit status is 1 when
# any failed. Bounds are properties, not speed targets: memory that follows the input (not the
# output), and time that doubles when the input doubles (never a fixed number of seconds).
#
#  1. output-dense input: 20 MB of "1 USD " (3.5 million mentions) and 4 MB of "$1 " —
#     peak RSS at most MEMORY_PER_INPUT_BYTE (default 150) times the input, plus 100 MB.
#  2. diff of two --out-dir folders of 100,000 outputs each — peak RSS at most 2 KB per
#     output file plus 100 MB (each file once cost 64 KiB: 13 GB).
#  3. diff of a JSON Lines file of 100,000 documents against itself — it once counted lines
#     from byte 0 for every document (> 280 s); now it must finish within the time the
#     extraction of the same documents takes, times 4.
#  4. linear time of the once quadratic inputs: 1万 repeated, a base with alternating combining
#     marks, and documents dense with the mentions each entity merger reads (companies, legal
#     names, media, nested bodies, gazetteer names, aliases, people) — CPU time at 2N at most 3
#     times that at N (quadratic gives 4).
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${ZHEXTRACT:-}"
if [ -z "$binary" ]; then
  (cd "$root" && swift build -c release --product zhextract >/dev/null) || { echo "build failed"; exit 1; }
  binary="$root/.build/release/zhextract"
fi
per_byte="${MEMORY_PER_INPUT_BYTE:-150}"
work="$(mktemp -d "${TMPDIR:-/tmp}/zhextract-resources.XXXXXX")"
trap 'rm -rf "$work"' EXIT
failed=0

# peak_kb FILE: the "Maximum resident set size" GNU time wrote to FILE.
peak_kb() { awk -F': ' '/Maximum resident set size/ {print $2}' "$1"; }
cpu_seconds() { awk -F': ' '/User time|System time/ {s += $2} END {printf "%.2f", s}' "$1"; }
report() {  # report OK? NAME DETAIL
  if [ "$1" = 1 ]; then echo "ok    $2: $3"; else echo "FAIL  $2: $3"; failed=1; fi
}

# 1. Memory follows the input, not the output.
python3 -c "import sys; sys.stdout.write('1 USD ' * 3500000)" > "$work/usd.txt"
python3 -c "import sys; sys.stdout.write('\$1 ' * 1400000)" > "$work/dollar.txt"
for input in ${DENSE_INPUTS:-usd.txt dollar.txt}; do
  bytes=$(stat -c %s "$work/$input")
  /usr/bin/time -v "$binary" extract "$work/$input" -o "$work/out.jsonl" -q 2> "$work/time.txt"
  status=$?
  peak=$(( $(peak_kb "$work/time.txt") / 1024 ))
  bound=$(( bytes * per_byte / 1048576 + 100 ))
  lines=$(wc -l < "$work/out.jsonl" 2>/dev/null || echo 0)
  ok=0; [ "$status" = 0 ] && [ "$lines" = 1 ] && [ "$peak" -le "$bound" ] && ok=1
  report $ok "output-dense $input ($((bytes / 1000000)) MB)" "exit $status, peak RSS ${peak} MB (bound ${bound} MB)"
done

# 2 and 3. diff of 100,000 documents: as folders of outputs, and as one JSON Lines file.
python3 - "$work" <<'EOF'
import os, sys
work = sys.argv[1]
doc = ('{"schema":"zhextract/1","id":"%s","source":{"path":null,"sha256":"%064x","bytes":40,"encoding":"UTF-8",'
       '"format":"text"},"meta":{"title":null,"published":"2025-12-13","script":"hans"},"money":[{"text":"%d亿元",'
       '"start":2,"end":6,"normalized":"%d亿元","amount":%d00000000,"min":null,"max":null,"currency":"CNY","per":null,'
       '"qualifier":null,"implicit":false,"rule":"money.number-currency"}],"dates":[],"entities":[],"warnings":[]}\n')
with open(os.path.join(work, "all.jsonl"), "w") as lines:
    for side in ("old", "new"):
        for k in range(100000):
            folder = os.path.join(work, side, "d%03d" % (k // 1000))
            os.makedirs(folder, exist_ok=True)
            amount = k + 1 + (1 if side == "new" and k % 1000 == 0 else 0)
            text = doc % ("d%03d/%d.txt" % (k // 1000, k), k, amount, amount, amount)
            with open(os.path.join(folder, "%d.txt.json" % k), "w") as f:
                f.write(text)
            if side == "old":
                lines.write(text)
EOF
/usr/bin/time -v "$binary" diff "$work/old" "$work/new" --summary > "$work/diff.txt" 2> "$work/time.txt"
status=$?
peak=$(( $(peak_kb "$work/time.txt") / 1024 ))
bound=$(( 100000 * 2 / 1024 + 100 ))
ok=0; [ "$status" = 1 ] && grep -q "100 documents changed (100000 compared)" "$work/diff.txt" && [ "$peak" -le "$bound" ] && ok=1
report $ok "diff of two folders of 100,000 outputs" "exit $status, $(head -c 80 "$work/diff.txt"), peak RSS ${peak} MB (bound ${bound} MB)"

python3 -c "
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line); print(json.dumps({'id': d['id'], 'text': '公司营收%s。' % d['money'][0]['text']}, ensure_ascii=False))
" "$work/all.jsonl" > "$work/records.jsonl"
/usr/bin/time -v "$binary" extract --jsonl -q < "$work/records.jsonl" > /dev/null 2> "$work/time.txt"
extract_cpu=$(cpu_seconds "$work/time.txt")
limit=$(python3 -c "print(max(30, int(float('$extract_cpu') * 4) + 10))")
/usr/bin/time -v timeout "$limit" "$binary" diff "$work/all.jsonl" "$work/all.jsonl" --summary > "$work/diff.txt" 2> "$work/time.txt"
status=$?
ok=0; [ "$status" = 0 ] && ok=1
report $ok "diff of 100,000 JSON Lines documents" "exit $status in $(cpu_seconds "$work/time.txt") s CPU (limit ${limit} s; extracting them: ${extract_cpu} s)"

# 4. Linear time where it once was quadratic: repeated multipliers, combining marks, and
#    documents dense with the mentions each entity merger reads (a merger that looks through
#    every mention for every mention is quadratic in them: a company word, a legal name, a
#    medium, a nested body, a gazetteer name, an alias in parentheses, people with cues).
shape_text() {  # shape_text SHAPE N: the document of that shape at size N (1 or 2)
  python3 - "$1" "$2" <<'PY'
import sys
shape, n = sys.argv[1], int(sys.argv[2])
units = {
    "companies": ("深圳华为公司与", 60000),
    "legal-names": ("深圳市腾讯计算机系统有限公司、", 30000),
    "media": ("据杭州日报报道，", 60000),
    "nested-bodies": ("中共河北省委和美国联邦航空局，", 30000),
    "gazetteer": ("周恩来会见金正日。", 60000),
    "aliases": ("星澜智能科技有限公司(Xinglan Intelligence)称，", 20000),
    "people": ("记者陆新平报道，董事长陈思远表示，", 30000),
}
if shape == "multiplier":
    sys.stdout.write("1万" * (100000 * n))
elif shape == "combining":
    sys.stdout.write("a" + "\u0301\u0316" * (200000 * n))
else:
    unit, count = units[shape]
    sys.stdout.write(unit * (count * n))
PY
}
for shape in multiplier combining companies legal-names media nested-bodies gazetteer aliases people; do
  times=()
  statuses=0
  for n in 1 2; do
    shape_text "$shape" "$n" > "$work/$shape.txt"
    /usr/bin/time -v timeout 300 "$binary" extract "$work/$shape.txt" -o /dev/null -q 2> "$work/time.txt" || statuses=1
    times+=("$(cpu_seconds "$work/time.txt")")
  done
  ok=$(python3 -c "a, b = float('${times[0]}'), float('${times[1]}'); print(1 if $statuses == 0 and b <= 3 * max(a, 0.05) else 0)")
  report "$ok" "linear time, $shape" "N: ${times[0]} s, 2N: ${times[1]} s CPU"
done

exit $failed
