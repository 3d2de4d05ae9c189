#!/usr/bin/env python3
"""Check set B: JSON parses, every gold text occurs in its document (in order for money/dates),
values are well-formed. usage: python3 check.py [SETDIR]"""
import json, os, re, sys, datetime as dt
from decimal import Decimal, InvalidOperation

root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CUR = {"CNY", "USD", "HKD", "TWD", "MOP", "EUR", "JPY", "GBP", "KRW", "SGD", "MYR", "AUD", "THB", "CHF", "RUB", "INR", "IDR", "VND", "PHP", "NZD", "CAD"}
QUAL = {None, "approx", "over", "under", "up_to", "at_least"}
TYPES = {"person", "organization", "product", "location"}
errors = []

def err(doc, msg):
    errors.append(f"{doc}: {msg}")

def is_dec(s):
    if s is None:
        return True
    if not isinstance(s, str) or not re.fullmatch(r"-?\d+(\.\d+)?", s):
        return False
    try:
        Decimal(s)
        return True
    except InvalidOperation:
        return False

PART = r"(?:\d{4}|XXXX)(?:-(?:\d\d|XX)(?:-(?:\d\d|XX)(?:T\d\d:\d\d)?)?|-Q[1-4X]|-H[12X]|-W\d\d)?"

def valid_point(v):
    if not re.fullmatch(PART, v):
        return False
    w = v.replace("XXXX", "2000")
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?", w)
    if m:
        try:
            dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return False
        if m[4] and (int(m[4]) > 23 or int(m[5]) > 59):
            return False
    m = re.fullmatch(r"\d{4}-(\d\d)(?:-.*)?", w)
    if m and not 1 <= int(m[1]) <= 12:
        return False
    m = re.fullmatch(r"(\d{4})-W(\d\d)", w)
    if m:
        try:
            dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
        except ValueError:
            return False
    return True

def valid_date(v):
    if not isinstance(v, str):
        return False
    parts = v.split("/")
    if len(parts) > 2:
        return False
    return all(valid_point(p) for p in parts)

def anchor_ok(a):
    return a is None or (isinstance(a, str) and valid_point(a))

gold_dir, docs_dir = os.path.join(root, "gold"), os.path.join(root, "docs")
golds = sorted(f for f in os.listdir(gold_dir) if f.endswith(".json"))
docs = sorted(f for f in os.listdir(docs_dir) if f.endswith(".txt"))
if [g[:-5] for g in golds] != [d[:-4] for d in docs]:
    errors.append(f"gold/docs stems differ: {golds} vs {docs}")
stats = {"money": 0, "dates": 0, "entities": 0}
etypes = {}
for gf in golds:
    try:
        g = json.load(open(os.path.join(gold_dir, gf), encoding="utf-8"))
    except Exception as e:
        err(gf, f"JSON does not parse: {e}")
        continue
    stem = gf[:-5]
    if g.get("doc") != stem + ".txt":
        err(gf, f"doc field {g.get('doc')!r}")
    try:
        raw = open(os.path.join(docs_dir, stem + ".txt"), "rb").read()
        text = raw.decode("utf-8")
    except Exception as e:
        err(gf, f"document unreadable as UTF-8: {e}")
        continue
    n = len(text.strip())
    if not 500 <= n <= 1200:
        err(gf, f"document length {n} outside 500-1200")
    if set(g) != {"doc", "published", "money", "dates", "entities", "notes"}:
        err(gf, f"keys {sorted(g)}")
    if g.get("published") is not None and not (valid_point(g["published"]) and "X" not in g["published"]
                                                and re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", g["published"])):
        err(gf, f"bad published {g['published']!r}")
    for k in ("money", "dates"):
        pos = 0
        for r in g.get(k, []):
            t = r.get("text")
            if not t or t not in text:
                err(gf, f"{k} text not in document: {t!r}")
                continue
            i = text.find(t, pos)
            if i < 0:
                i = text.find(t, max(0, pos - len(t)))
                err(gf, f"{k} row out of order or duplicated beyond occurrences: {t!r}")
            else:
                pos = i + len(t)
            if t != t.strip():
                err(gf, f"{k} text has outer whitespace: {t!r}")
    for r in g.get("money", []):
        stats["money"] += 1
        if set(r) != {"text", "amount", "min", "max", "currency", "per", "qualifier", "implicit"}:
            err(gf, f"money keys {sorted(r)} in {r.get('text')!r}")
        for f in ("amount", "min", "max"):
            if not is_dec(r.get(f)):
                err(gf, f"money {f} not a decimal string: {r.get(f)!r} in {r['text']!r}")
        if (r.get("amount") is None) == (r.get("min") is None and r.get("max") is None):
            err(gf, f"money needs amount xor min/max: {r['text']!r}")
        if r.get("min") is not None and r.get("max") is not None and Decimal(r["min"]) >= Decimal(r["max"]):
            err(gf, f"money min >= max: {r['text']!r}")
        if r.get("currency") is not None and r["currency"] not in CUR:
            err(gf, f"currency {r['currency']!r}")
        if r.get("qualifier") not in QUAL:
            err(gf, f"qualifier {r.get('qualifier')!r}")
        if not isinstance(r.get("implicit"), bool):
            err(gf, f"implicit not bool in {r['text']!r}")
        if r.get("implicit") and r.get("currency") is not None:
            err(gf, f"implicit money with currency: {r['text']!r}")
        if r.get("currency") is None and not r.get("implicit"):
            err(gf, f"money without currency and not implicit: {r['text']!r}")
    for r in g.get("dates", []):
        stats["dates"] += 1
        if set(r) != {"text", "value", "relative", "anchor"}:
            err(gf, f"date keys {sorted(r)}")
        if not valid_date(r.get("value")):
            err(gf, f"bad date value {r.get('value')!r} for {r.get('text')!r}")
        if not isinstance(r.get("relative"), bool):
            err(gf, f"relative not bool for {r.get('text')!r}")
        if not anchor_ok(r.get("anchor")):
            err(gf, f"bad anchor {r.get('anchor')!r}")
        if r.get("relative") is False and r.get("anchor") is not None:
            err(gf, f"absolute date with anchor: {r['text']!r}")
        if r.get("relative") and r.get("anchor") is None and "X" not in r.get("value", ""):
            err(gf, f"relative date resolved without anchor: {r['text']!r}")
        if r.get("relative") and r.get("anchor") is not None and "X" in r.get("value", ""):
            err(gf, f"anchored relative date left with X: {r['text']!r}")
    seen = set()
    for r in g.get("entities", []):
        stats["entities"] += 1
        if set(r) != {"text", "type", "canonical"}:
            err(gf, f"entity keys {sorted(r)}")
        if r.get("text") not in text:
            err(gf, f"entity text not in document: {r.get('text')!r}")
        if r.get("type") not in TYPES:
            err(gf, f"entity type {r.get('type')!r}")
        if not r.get("canonical") or not isinstance(r["canonical"], str) or not r["canonical"].isascii():
            err(gf, f"canonical should be a non-empty English name: {r.get('canonical')!r}")
        key = (r.get("text"), r.get("canonical"))
        if key in seen:
            err(gf, f"duplicate entity row {key}")
        seen.add(key)
        etypes[r.get("type")] = etypes.get(r.get("type"), 0) + 1
    surf = {}
    for r in g.get("entities", []):
        if r["text"] in surf and surf[r["text"]] != (r["type"], r["canonical"]):
            err(gf, f"surface {r['text']!r} given two entities")
        surf[r["text"]] = (r["type"], r["canonical"])
    canon_types = {}
    for s, (t, c) in surf.items():
        canon_types.setdefault(c, set()).add(t)
    for c, ts in canon_types.items():
        if len(ts) > 1:
            err(gf, f"canonical {c!r} has several types {sorted(ts)}")
    if not isinstance(g.get("notes"), list) or not all(isinstance(x, str) for x in g["notes"]):
        err(gf, "notes must be a list of strings")
print(f"{len(golds)} articles; rows: {stats}; entity types: {dict(sorted(etypes.items()))}")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
