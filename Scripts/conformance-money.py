#!/usr/bin/env python3
"""Measures the money extractor against the Recognizers-Text currency cases.

Reads ../shared/conformance/recognizers-text-money.jsonl (or the path given), runs the
built binary (`.build/debug/zhextract extract --jsonl`, or $ZHEXTRACT) on every case's text
and prints pass rates. The cases stay where they are: nothing is copied into the project.

What counts as a pass, per expected mention:
  - span:  a mention with the same start/end (code points of the case's text); a mention
    that only adds SPEC's rate prefix (每股1.95港元 for 1.95港元) counts, with a note;
  - value: that mention also has the same amount (exact decimal) and the same currency.
    A case whose expectation has `currency: null` (the peer's bare `$` = "Dollar", 比特币)
    is compared on the amount alone, because SPEC reads `$` as USD and knows no Bitcoin;
    such differences are listed as notes, not as failures of the value.
    Expectations marked `convertible: false` (no exact value) are scored on the span only.
A case passes when every expected mention passes on value and, for `complete` cases, the
extractor reports nothing else (a case with no expected mention passes when it yields none).
`excluded` mentions (bare currency names) must not be reported either.
"""
import json
import os
import pathlib
import subprocess
import sys
from decimal import Decimal

root = pathlib.Path(__file__).resolve().parent.parent
cases_path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else root.parent / "shared/conformance/recognizers-text-money.jsonl"
if not cases_path.exists():
    cases_path = pathlib.Path("/work/shared/conformance/recognizers-text-money.jsonl")
binary = os.environ.get("ZHEXTRACT", str(root / ".build/debug/zhextract"))
verbose = "-v" in sys.argv

cases = [json.loads(line) for line in cases_path.read_text(encoding="utf-8").splitlines() if line.strip()]
records = "".join(json.dumps({"id": c["id"], "text": c["text"], **({"published": c["ref"]} if c.get("ref") else {})}, ensure_ascii=False) + "\n" for c in cases)
run = subprocess.run([binary, "extract", "--jsonl"], input=records.encode(), capture_output=True)
outputs = {}
for line in run.stdout.decode().splitlines():
    doc = json.loads(line)
    outputs[doc["id"]] = doc


def same_amount(expected, got):
    if expected is None or got is None:
        return expected is None and got is None
    return Decimal(str(expected)) == Decimal(str(got))


expected_total = span_ok = value_ok = 0
case_pass = 0
extra_total = 0
notes = []
for case in cases:
    doc = outputs.get(case["id"], {})
    money = doc.get("money", [])
    by_span = {(m["start"], m["end"]): m for m in money}
    ok = True
    matched = set()
    for e in case["expected"]:
        expected_total += 1
        m = by_span.get((e["start"], e["end"]))
        if m is None:
            # SPEC puts a rate prefix in the span (每股1.95港元); the peer leaves it out.
            for x in money:
                if x["end"] == e["end"] and x["start"] < e["start"] and x.get("per") and case["text"][x["start"]:e["start"]].startswith("每"):
                    m = x
                    notes.append(f"{e['text']}: SPEC span {x['text']} (rate prefix in the span, per={x['per']})")
                    break
        if m is None:
            ok = False
            if verbose:
                print(f"MISS   {case['text'][:60]!r}: {e['text']} → got {[x['text'] for x in money]}")
            continue
        matched.add((m["start"], m["end"]))
        span_ok += 1
        if e.get("convertible") is False:
            value_ok += 1
            continue
        amount_ok = same_amount(e.get("amount"), m.get("amount"))
        currency_ok = e.get("currency") is None or e.get("currency") == m.get("currency")
        if e.get("currency") is None and m.get("currency") is not None:
            notes.append(f"{e['text']}: peer unit {e.get('raw', {}).get('unit')}, SPEC reads {m['currency']}")
        if amount_ok and currency_ok:
            value_ok += 1
        else:
            ok = False
            if verbose:
                print(f"VALUE  {e['text']}: expected {e.get('amount')} {e.get('currency')}, got {m.get('amount')} {m.get('currency')}")
    extra = [m for m in money if (m["start"], m["end"]) not in matched]
    if case.get("complete") and extra:
        ok = False
        extra_total += len(extra)
        if verbose:
            print(f"EXTRA  {case['text'][:60]!r}: {[m['text'] for m in extra]}")
    if ok:
        case_pass += 1

print(f"recognizers-text money: {len(cases)} cases, {expected_total} expected mentions")
print(f"  span pass:        {span_ok}/{expected_total} = {100 * span_ok / max(1, expected_total):.1f}%")
print(f"  span+value pass:  {value_ok}/{expected_total} = {100 * value_ok / max(1, expected_total):.1f}%")
print(f"  cases passing:    {case_pass}/{len(cases)} = {100 * case_pass / max(1, len(cases)):.1f}%  (extra mentions in complete cases: {extra_total})")
for n in notes:
    print(f"  note: {n}")
