#!/usr/bin/env python3
"""Scores the built zhextract on the money measurement articles (docs/*.txt, gold/*.json).

usage: python3 Scripts/measure/money/score.py [-v]   (binary: $ZHEXTRACT or .build/release/zhextract)

The articles were written for measurement only: no test reads them and no rule was tuned on
them before the first measurement. Counts, over every gold mention: found (a predicted
mention overlapping it, one to one, exact spans first), exact span, value right (amount or
min/max and currency, as shared/dev/score.py compares them), qualifier right; and
predictions that overlap no gold mention (extras). End-to-end = value right / gold.
"""
import json, os, pathlib, subprocess, sys
from decimal import Decimal

here = pathlib.Path(__file__).resolve().parent
root = here.parent.parent.parent
binary = os.environ.get("ZHEXTRACT", str(root / ".build/release/zhextract"))
verbose = "-v" in sys.argv


def dec(x):
    return None if x is None else Decimal(str(x)).normalize()


def value_ok(g, p):
    if (g.get("currency") or None) != (p.get("currency") or None):
        return False
    if g.get("amount") is not None:
        return dec(g["amount"]) == dec(p.get("amount"))
    return dec(g.get("min")) == dec(p.get("min")) and dec(g.get("max")) == dec(p.get("max"))


totals = dict(gold=0, pred=0, found=0, exact=0, value=0, qualifier=0, extra=0)
for gold_path in sorted((here / "gold").glob("*.json")):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    doc_path = here / "docs" / gold["doc"]
    text = doc_path.read_text(encoding="utf-8")
    out = subprocess.run([binary, "extract", str(doc_path)], capture_output=True, check=True).stdout
    pred = json.loads(out)["money"]
    spans, pos = [], 0
    for g in gold["money"]:
        i = text.find(g["text"], pos)
        assert i >= 0, g["text"]
        spans.append((i, i + len(g["text"]), g))
        pos = i + len(g["text"])
    used = set()
    lines = []
    for s, e, g in spans:
        best = None
        for j, p in enumerate(pred):
            if j in used or not (p["start"] < e and s < p["end"]):
                continue
            score = (p["start"] == s and p["end"] == e, -abs(p["start"] - s) - abs(p["end"] - e))
            if best is None or score > best[0]:
                best = (score, j)
        totals["gold"] += 1
        if best is None:
            lines.append(f"  MISS  {g['text']}")
            continue
        used.add(best[1])
        p = pred[best[1]]
        totals["found"] += 1
        totals["exact"] += p["start"] == s and p["end"] == e
        ok = value_ok(g, p)
        totals["value"] += ok
        totals["qualifier"] += (g.get("qualifier") or None) == (p.get("qualifier") or None)
        if not ok:
            got = p.get("amount") if p.get("amount") is not None else f"{p.get('min')}..{p.get('max')}"
            want = g.get("amount") if g.get("amount") is not None else f"{g.get('min')}..{g.get('max')}"
            lines.append(f"  WRONG {g['text']}: {want} {g.get('currency')} ≠ {p['text']} {got} {p.get('currency')}")
        elif p["start"] != s or p["end"] != e:
            lines.append(f"  SPAN  {g['text']} ≠ {p['text']}")
    for j, p in enumerate(pred):
        totals["pred"] += 1
        if j not in used:
            totals["extra"] += 1
            lines.append(f"  EXTRA {p['text']} ({p.get('amount') or str(p.get('min')) + '..' + str(p.get('max'))} {p.get('currency')})")
    print(f"{gold['doc']}: {len(spans)} gold, {len(pred)} predicted")
    if verbose:
        print("\n".join(lines))

t = totals
p = (t["pred"] - t["extra"]) / t["pred"] if t["pred"] else 0
r = t["found"] / t["gold"]
f = 2 * p * r / (p + r) if p + r else 0
print(f"money: gold {t['gold']}, predicted {t['pred']}; span P {p:.3f} R {r:.3f} F1 {f:.3f}; "
      f"exact span {t['exact']}/{t['gold']}; value right {t['value']}/{t['found']} found; "
      f"qualifier right {t['qualifier']}/{t['found']}; end-to-end {t['value'] / t['gold']:.3f}")
