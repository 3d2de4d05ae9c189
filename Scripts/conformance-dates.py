#!/usr/bin/env python3
"""Date conformance against Microsoft Recognizers-Text (Chinese) cases.

Runs the built binary (`.build/debug/zhextract extract --jsonl`, or ZHEXTRACT_BIN; through
Scripts/conformance_common.py) on
/work/shared/conformance/recognizers-text-date.jsonl (or the path given), passing each
case's `ref` as `published`, and prints:

- span recall: expected mentions found with exactly the same span (and with any overlap);
- value accuracy: of expected mentions with a convertible value whose span we found, how
  many have exactly the expected value (strict), or the peer's alternative (the peer
  resolves year-less dates to the past and lists the future reading as an alternative);
- precision on `complete` cases: our mentions that overlap no expected and no excluded
  mention (durations, sets) are false positives;
- per source file and per expected `type`.

`--failures N` prints N failing cases. SPEC wins over the peer: lunar dates the peer reads
as Gregorian, times of day alone, sets and durations are counted but not chased.
"""
import collections
import json
import sys

import conformance_common as common

def main():
    args = sys.argv[1:]
    show = 0
    if "--failures" in args:
        i = args.index("--failures")
        show = int(args[i + 1])
        del args[i:i + 2]
    path = args[0] if args else "/work/shared/conformance/recognizers-text-date.jsonl"
    cases = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    records = []
    for case in cases:
        record = {"id": case["id"], "text": case["text"]}
        if case.get("ref"):
            record["published"] = case["ref"]
        records.append(record)
    outputs = common.extract(records)
    totals = collections.Counter()
    by_source = collections.defaultdict(collections.Counter)
    by_type = collections.defaultdict(collections.Counter)
    failures = []
    for case in cases:
        ours = common.dates(outputs, case["id"])
        source = case["source"].rsplit("/", 1)[-1]
        failed = False
        for exp in case["expected"]:
            kind = exp.get("type", "?")
            for counter in (totals, by_source[source], by_type[kind]):
                counter["expected"] += 1
            same = [m for m in ours if m["start"] == exp["start"] and m["end"] == exp["end"]]
            overlap = [m for m in ours if m["start"] < exp["end"] and exp["start"] < m["end"]]
            for counter in (totals, by_source[source], by_type[kind]):
                counter["span"] += bool(same)
                counter["overlap"] += bool(overlap)
            if not same:
                failed = True
            value = exp.get("value")
            if value is None or exp.get("span_only") or exp.get("convertible") is False:
                continue
            for counter in (totals, by_source[source], by_type[kind]):
                counter["valued"] += 1
            if same:
                strict = same[0]["value"] == value
                lenient = strict or same[0]["value"] in (exp.get("alternatives") or [])
                for counter in (totals, by_source[source], by_type[kind]):
                    counter["valued-found"] += 1
                    counter["value-strict"] += strict
                    counter["value-lenient"] += lenient
                if not lenient:
                    failed = True
        if case.get("complete"):
            known = case["expected"] + (case.get("excluded") or [])
            for m in ours:
                totals["ours-complete"] += 1
                by_source[source]["ours-complete"] += 1
                if not any(m["start"] < k["end"] and k["start"] < m["end"] for k in known):
                    totals["false-positive"] += 1
                    by_source[source]["false-positive"] += 1
                    failed = True
        if failed:
            failures.append((case, ours))

    def pct(a, b):
        return f"{100.0 * a / b:5.1f}% ({a}/{b})" if b else "   n/a"

    def line(name, c):
        print(f"{name:38} span {pct(c['span'], c['expected']):18} overlap {pct(c['overlap'], c['expected']):18} "
              f"value {pct(c['value-strict'], c['valued-found']):18} lenient {pct(c['value-lenient'], c['valued-found']):18} "
              f"FP {c['false-positive']}/{c['ours-complete']}")

    print(f"{len(cases)} cases, {totals['expected']} expected mentions ({totals['valued']} with a value)")
    line("ALL", totals)
    print("-- by source")
    for source in sorted(by_source):
        line(source, by_source[source])
    print("-- by expected type")
    for kind in sorted(by_type):
        line(kind, by_type[kind])
    passed = len(cases) - len(failures)
    print(f"cases passed entirely: {pct(passed, len(cases))}")
    for case, ours in failures[:show]:
        print("\n" + case["id"].rsplit("/", 1)[-1], case["text"], "ref", case.get("ref"))
        print("  expected:", [(e["text"], e.get("value")) for e in case["expected"]])
        print("  ours:    ", [(m["text"], m["value"]) for m in ours])

if __name__ == "__main__":
    main()
