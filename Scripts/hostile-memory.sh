#!/usr/bin/env bash
# Memory regression checks for hostile input (issue 11 items 8 and 9), small enough for CI:
# Scripts/test.sh runs them on the debug binary `swift test` has just built.
#
#   Scripts/hostile-memory.sh                                  # .build/debug/zhextract
#   ZHEXTRACT=.build/release/zhextract Scripts/hostile-memory.sh
#
# Each check prints one line (ok / FAIL, the figure and its bound); the exit status is 1 when
# any failed. The bounds are properties with a margin, never a speed: no check is timed.
#
#  1. Output-dense documents: 1 MB of "$1 " (350,000 mentions) and 1.2 MB of "1 USD "
#     (200,000) — peak RSS at most 600 bytes per mention plus 60 MB. A document's mentions
#     are still all held until it is written (about 340 bytes each since each stage hands its
#     findings on as it resolves them: 180 and 125 MB here on the release build, against 443
#     and 256 MB when expressions, findings and mentions were all alive at once); this keeps
#     it there: 4 MB of "$1 " once took 2.3 GB (1.6 KB per mention) and 20 MB of "1 USD "
#     aborted at 3.6 GB.
#  2. diff of two --out-dir folders of 10,000 outputs each — peak RSS at most 250 MB (each
#     file once cost at least 64 KiB: 640 MB here, 4.4 GB and an abort at 100,000).
#
# Scripts/hostile-resources.sh measures the same at full size, and the linear-time cases.
set -uo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
binary="${ZHEXTRACT:-$root/.build/debug/zhextract}"
[ -x "$binary" ] || { echo "hostile-memory.sh: no binary at $binary (run swift build first)" >&2; exit 1; }
work="$(mktemp -d "${TMPDIR:-/tmp}/zhextract-memory.XXXXXX")"
trap 'rm -rf "$work"' EXIT
failed=0

# run_measured OUT ERR CMD...: runs CMD, prints "STATUS PEAK_MB" (the child's own peak RSS,
# from wait4, so nothing else running on the machine counts).
run_measured() {
  python3 - "$@" <<'EOF'
import os, subprocess, sys
out, err, cmd = sys.argv[1], sys.argv[2], sys.argv[3:]
with open(out, "wb") as o, open(err, "wb") as e:
    child = subprocess.Popen(cmd, stdout=o, stderr=e, stdin=subprocess.DEVNULL)
    _, status, usage = os.wait4(child.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss // 1024)
EOF
}
report() {  # report OK? NAME DETAIL
  if [ "$1" = 1 ]; then echo "ok    $2: $3"; else echo "FAIL  $2: $3"; failed=1; fi
}

# 1. Output-dense documents.
python3 -c "import sys; sys.stdout.write('\$1 ' * 350000)" > "$work/dollar.txt"
python3 -c "import sys; sys.stdout.write('1 USD ' * 200000)" > "$work/usd.txt"
for input in dollar.txt usd.txt; do
  read -r status peak < <(run_measured "$work/out.jsonl" "$work/err.txt" "$binary" extract "$work/$input" -q)
  mentions=$(python3 -c "import json, sys; print(len(json.load(open(sys.argv[1]))['money']))" "$work/out.jsonl" 2>/dev/null || echo 0)
  bound=$(( mentions * 600 / 1048576 + 60 ))
  ok=0; [ "$status" = 0 ] && [ "$mentions" -gt 190000 ] && [ "$peak" -le "$bound" ] && ok=1
  report $ok "output-dense $input ($(stat -c %s "$work/$input") bytes, $mentions money)" "exit $status, peak RSS ${peak} MB (bound ${bound} MB)"
done

# 2. diff of two folders of 10,000 outputs: 10 documents differ.
python3 - "$work" <<'EOF'
import os, sys
work = sys.argv[1]
doc = ('{"schema":"zhextract/2","id":"%s","source":{"path":null,"sha256":"%064x","bytes":40,"encoding":"UTF-8",'
       '"format":"text"},"meta":{"title":null,"published":"2025-12-13","script":"hans"},"money":[{"text":"%d亿元",'
       '"start":2,"end":6,"normalized":"%d亿元","amount":%d00000000,"min":null,"max":null,"currency":"CNY","per":null,'
       '"qualifier":null,"implicit":false,"rule":"money.number-currency"}],"dates":[],"entities":[],"warnings":[]}\n')
for side in ("old", "new"):
    for k in range(10000):
        folder = os.path.join(work, side, "d%02d" % (k // 1000))
        os.makedirs(folder, exist_ok=True)
        amount = k + 1 + (1 if side == "new" and k % 1000 == 0 else 0)
        with open(os.path.join(folder, "%d.txt.json" % k), "w") as f:
            f.write(doc % ("d%02d/%d.txt" % (k // 1000, k), k, amount, amount, amount))
EOF
read -r status peak < <(run_measured "$work/diff.txt" "$work/err.txt" "$binary" diff "$work/old" "$work/new" --summary)
ok=0; [ "$status" = 1 ] && grep -q "10 documents changed (10000 compared)" "$work/diff.txt" && [ "$peak" -le 250 ] && ok=1
report $ok "diff of two folders of 10,000 outputs" "exit $status, $(head -c 60 "$work/diff.txt" | tr '\n' ' '), peak RSS ${peak} MB (bound 250 MB)"

exit $failed
