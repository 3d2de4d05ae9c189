#!/usr/bin/env python3
"""Check the gold of set A: JSON parses, every text is in its document (in order), values are well-formed.

usage: python3 check.py [SET_DIR]   (default: the directory of this script)
Prints one line per problem and a summary; exit status 1 if any problem was found.
"""
import json, os, re, sys, datetime as dt
from decimal import Decimal, InvalidOperation

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CURRENCIES = {"CNY", "USD", "HKD", "TWD", "MOP", "EUR", "JPY", "GBP", "KRW", "SGD", "MYR", "AUD", "CAD",
              "CHF", "NOK", "SEK", "IDR", "THB", "VND", "INR", "AED", "SAR", "RUB", "BRL"}
QUALIFIERS = {None, "approx", "over", "under", "up_to", "at_least"}
TYPES = {"person", "organization", "product", "location"}
MONEY_KEYS = ["text", "amount", "min", "max", "currency", "per", "qualifier", "implicit"]
DATE_KEYS = ["text", "value", "relative", "anchor"]
ENT_KEYS = ["text", "type", "canonical"]
QUAL_WORDS = ("约", "約", "逾", "超过", "超過", "近", "大约", "大約", "不足", "不到", "高达", "高達", "多达", "多達",
              "至多", "至少", "最多", "不超过", "不超過")
problems = []


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def is_dec(x):
    if not isinstance(x, str) or not re.fullmatch(r"-?\d+(\.\d+)?", x):
        return False
    try:
        Decimal(x)
        return True
    except InvalidOperation:
        return False


def point_ok(v):
    """One ISO-like point: year, month, day, time, quarter, half, ISO week; X for unknown parts."""
    m = re.fullmatch(r"(\d{4}|XXXX)(?:-(Q[1-4]|H[12]|W\d\d|\d\d|XX)(?:-(\d\d|XX)(?:T(\d\d):(\d\d))?)?)?", v)
    if not m:
        return False
    y, p, d = m[1], m[2], m[3]
    if m[4] is not None and not (0 <= int(m[4]) <= 23 and 0 <= int(m[5]) <= 59):
        return False
    if p and p[0] in "QHW" and d is not None:
        return False
    if p and p[0] == "W" and y != "XXXX":
        try:
            dt.date.fromisocalendar(int(y), int(p[1:]), 1)
        except ValueError:
            return False
    if p and p.isdigit() and not 1 <= int(p) <= 12:
        return False
    if d and d.isdigit():
        yy = 2000 if y == "XXXX" else int(y)  # 2000 is a leap year: XXXX-02-29 stays possible
        if p == "XX":
            return 1 <= int(d) <= 31
        try:
            dt.date(yy, int(p), int(d))
        except ValueError:
            return False
    return True


def value_ok(v):
    if not isinstance(v, str):
        return False
    parts = v.split("/")
    return len(parts) in (1, 2) and all(point_ok(p) for p in parts)


def start_key(v):
    """Comparable start/end of a fully known point (for checking that intervals run forward)."""
    return v.replace("-Q1", "-01").replace("-Q2", "-04").replace("-Q3", "-07").replace("-Q4", "-10") \
            .replace("-H1", "-01").replace("-H2", "-07")


def locate_in_order(doc, text, rows, kind):
    pos, prev = 0, 0
    for r in rows:
        i = text.find(r["text"], pos)
        if i < 0:
            i = text.find(r["text"], prev)
            if i >= 0:
                bad(doc, f"{kind} row {r['text']!r} overlaps the previous row (check order)")
        if i < 0:
            i = text.find(r["text"])
            if i >= 0:
                bad(doc, f"{kind} row {r['text']!r} is out of document order")
        if i < 0:
            bad(doc, f"{kind} text not in document: {r['text']!r}")
            continue
        pos, prev = i + len(r["text"]), i + 1


def check(gold_path):
    name = os.path.basename(gold_path)
    try:
        g = json.load(open(gold_path, encoding="utf-8"))
    except (ValueError, OSError) as e:
        bad(name, f"does not parse: {e}")
        return None
    doc = g.get("doc")
    if doc != name[:-5] + ".txt":
        bad(name, f"doc {doc!r} does not match the gold file's stem")
    try:
        text = open(os.path.join(ROOT, "docs", doc), encoding="utf-8").read()
    except (OSError, TypeError, UnicodeDecodeError) as e:
        bad(name, f"document unreadable: {e}")
        return None
    if not 500 <= len(text) <= 1200:
        bad(doc, f"length {len(text)} characters, outside 500-1200")
    if set(g) != {"doc", "published", "money", "dates", "entities", "notes"}:
        bad(doc, f"top-level keys {sorted(g)}")
    pub = g.get("published")
    if pub is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", pub or ""):
        bad(doc, f"published {pub!r} malformed")
    if pub is not None and not point_ok(pub):
        bad(doc, f"published {pub!r} is not a calendar date")
    # money
    for r in g.get("money", []):
        if list(r) != MONEY_KEYS:
            bad(doc, f"money keys {list(r)} for {r.get('text')!r}")
            continue
        t = r["text"]
        if r["amount"] is not None:
            if not is_dec(r["amount"]) or r["min"] is not None or r["max"] is not None:
                bad(doc, f"money {t!r}: amount must be a decimal string with min/max null")
        else:
            if not (is_dec(r["min"]) and is_dec(r["max"])) or Decimal(r["min"]) >= Decimal(r["max"]):
                bad(doc, f"money {t!r}: range needs decimal min < max")
        if r["currency"] not in CURRENCIES and r["currency"] is not None:
            bad(doc, f"money {t!r}: currency {r['currency']!r}")
        if r["qualifier"] not in QUALIFIERS:
            bad(doc, f"money {t!r}: qualifier {r['qualifier']!r}")
        if not isinstance(r["implicit"], bool):
            bad(doc, f"money {t!r}: implicit not a bool")
        if r["implicit"] and r["currency"] is not None:
            bad(doc, f"money {t!r}: implicit money names no currency")
        if r["per"] is not None and not isinstance(r["per"], str):
            bad(doc, f"money {t!r}: per")
        if t.startswith(QUAL_WORDS):
            bad(doc, f"money {t!r}: qualifier word inside text")
    locate_in_order(doc, text, g.get("money", []), "money")
    # dates
    for r in g.get("dates", []):
        if list(r) != DATE_KEYS:
            bad(doc, f"date keys {list(r)} for {r.get('text')!r}")
            continue
        t, v = r["text"], r["value"]
        if not value_ok(v):
            bad(doc, f"date {t!r}: value {v!r} malformed")
        elif "/" in v and "X" not in v:
            a, b = v.split("/")
            if start_key(a) > start_key(b):
                bad(doc, f"date {t!r}: interval {v!r} runs backwards")
        if not isinstance(r["relative"], bool):
            bad(doc, f"date {t!r}: relative not a bool")
        if r["anchor"] is not None and not point_ok(r["anchor"]):
            bad(doc, f"date {t!r}: anchor {r['anchor']!r} malformed")
        if not r["relative"] and r["anchor"] is not None:
            bad(doc, f"date {t!r}: absolute date with an anchor")
        if r["relative"] and r["anchor"] is None and "X" not in v:
            bad(doc, f"date {t!r}: relative, no anchor, yet fully resolved")
        if r["relative"] and r["anchor"] is not None and "XXXX" in v:
            bad(doc, f"date {t!r}: anchored yet its year is unresolved")
        if r["relative"] and pub is not None and r["anchor"] is None:
            bad(doc, f"date {t!r}: relative without anchor although published is known")
    locate_in_order(doc, text, g.get("dates", []), "dates")
    # entities
    seen = {}
    for r in g.get("entities", []):
        if list(r) != ENT_KEYS:
            bad(doc, f"entity keys {list(r)} for {r.get('text')!r}")
            continue
        if r["text"] not in text:
            bad(doc, f"entity text not in document: {r['text']!r}")
        if r["type"] not in TYPES:
            bad(doc, f"entity {r['text']!r}: type {r['type']!r}")
        if not isinstance(r["canonical"], str) or not r["canonical"].strip():
            bad(doc, f"entity {r['text']!r}: empty canonical")
        if r["text"] in seen:
            bad(doc, f"entity surface {r['text']!r} listed twice")
        seen[r["text"]] = r
    by_canon = {}
    for r in seen.values():
        by_canon.setdefault(r["canonical"], set()).add(r["type"])
    for c, ts in by_canon.items():
        if len(ts) > 1:
            bad(doc, f"canonical {c!r} has several types {sorted(ts)}")
    if not isinstance(g.get("notes"), list) or not all(isinstance(n, str) for n in g["notes"]):
        bad(doc, "notes must be a list of strings")
    return g, text


def main():
    gold_dir, docs_dir = os.path.join(ROOT, "gold"), os.path.join(ROOT, "docs")
    golds = sorted(f for f in os.listdir(gold_dir) if f.endswith(".json"))
    docs = sorted(f for f in os.listdir(docs_dir) if f.endswith(".txt"))
    for d in docs:
        if d[:-4] + ".json" not in golds:
            bad(d, "document without gold")
    counts = dict(docs=0, money=0, dates=0, relative=0)
    types = {t: 0 for t in sorted(TYPES)}
    for gf in golds:
        res = check(os.path.join(gold_dir, gf))
        if not res:
            continue
        g, _ = res
        counts["docs"] += 1
        counts["money"] += len(g["money"])
        counts["dates"] += len(g["dates"])
        counts["relative"] += sum(1 for r in g["dates"] if r.get("relative"))
        for e in g["entities"]:
            types[e.get("type")] = types.get(e.get("type"), 0) + 1
    for p in problems:
        print(p)
    print(f"{counts['docs']} documents; money {counts['money']}; dates {counts['dates']} "
          f"({counts['relative']} relative); entities {sum(types.values())} {types}; {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
