#!/usr/bin/env python3
"""Check set D: every gold file parses, every text occurs in its document (in order, as score.py
locates rows), values are well-formed. usage: python3 check.py [SETDIR]"""
import json, os, re, sys, datetime
from decimal import Decimal, InvalidOperation

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CUR = {"CNY", "USD", "HKD", "TWD", "MOP", "EUR", "GBP", "JPY", "KRW", "SGD", "MYR", "KES", "BRL", "CLP",
       "THB", "IDR", "VND", "PHP", "AUD", "CAD", "CHF", "ZAR", "NGN", "MXN", "ARS", "PEN", "COP", "INR", "AED"}
QUAL = {None, "approx", "over", "under", "up_to", "at_least"}
TYPES = {"person", "organization", "product", "location"}
QWORDS = {"约": "approx", "近": "approx", "大约": "approx", "超过": "over", "逾": "over", "超": "over",
          "不足": "under", "不到": "under", "高达": "up_to", "多达": "up_to", "至多": "up_to", "最多": "up_to",
          "不超过": "up_to", "突破": "over", "約為": "approx", "最高": "up_to", "约为": "approx", "至少": "at_least", "不少于": "at_least", "不低于": "at_least", "約": "approx", "超過": "over", "高達": "up_to", "多達": "up_to"}
errors, warnings = [], []


def err(doc, msg):
    errors.append(f"{doc}: {msg}")


def warn(doc, msg):
    warnings.append(f"{doc}: {msg}")


def dec_ok(x):
    if x is None:
        return True
    if not isinstance(x, str) or not re.fullmatch(r"-?\d+(\.\d+)?", x):
        return False
    try:
        Decimal(x)
        return True
    except InvalidOperation:
        return False


POINT = re.compile(r"(?P<y>\d{4}|XXXX)(?:-(?:(?P<q>Q[1-4])|(?P<h>H[12])|(?P<w>W\d\d)|(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX)(?:T(?P<t>\d\d:\d\d))?)?))?$")


def point(v):
    """(first, last) ordinal days of an ISO-like point, None if X parts, False if malformed."""
    m = POINT.match(v)
    if not m:
        return False
    y = m["y"]
    if m["t"]:
        hh, mm = map(int, m["t"].split(":"))
        if hh > 23 or mm > 59:
            return False
    if y == "XXXX":
        if m["m"] not in (None, "XX") and not 1 <= int(m["m"]) <= 12:
            return False
        return None
    y = int(y)
    try:
        if m["q"]:
            q = int(m["q"][1])
            a = datetime.date(y, 3 * q - 2, 1)
            b = datetime.date(y + (q == 4), (3 * q) % 12 + 1, 1) - datetime.timedelta(1)
        elif m["h"]:
            h = int(m["h"][1])
            a = datetime.date(y, 1 if h == 1 else 7, 1)
            b = datetime.date(y, 6, 30) if h == 1 else datetime.date(y, 12, 31)
        elif m["w"]:
            a = datetime.date.fromisocalendar(y, int(m["w"][1:]), 1)
            b = a + datetime.timedelta(6)
        elif m["m"] is None:
            a, b = datetime.date(y, 1, 1), datetime.date(y, 12, 31)
        elif m["m"] == "XX":
            return None
        else:
            mo = int(m["m"])
            if m["d"] is None or m["d"] == "XX":
                a = datetime.date(y, mo, 1)
                b = datetime.date(y + (mo == 12), mo % 12 + 1, 1) - datetime.timedelta(1)
            else:
                a = b = datetime.date(y, mo, int(m["d"]))
    except ValueError:
        return False
    return a.toordinal(), b.toordinal()


def value_ok(v):
    if not isinstance(v, str):
        return False
    parts = v.split("/")
    if len(parts) > 2:
        return False
    pts = [point(p) for p in parts]
    if any(p is False for p in pts):
        return False
    if len(pts) == 2 and pts[0] and pts[1] and pts[0][0] > pts[1][1]:
        return False
    return True


def locate(doc, text, rows, kind):
    pos, prev = 0, 0
    for r in rows:
        t = r.get("text")
        if not isinstance(t, str) or not t:
            err(doc, f"{kind}: empty text {r}")
            continue
        i = text.find(t, pos)
        if i < 0:
            i = text.find(t, prev)
            if i >= 0:
                warn(doc, f"{kind}: {t!r} located overlapping the previous row")
        if i < 0:
            if t in text:
                err(doc, f"{kind}: {t!r} out of document order")
                i = text.find(t)
            else:
                err(doc, f"{kind}: text not in document: {t!r}")
                continue
        pos, prev = i + len(t), i + 1
        if kind == "money":
            before = text[max(0, i - 3):i]
            found = None
            for w, q in sorted(QWORDS.items(), key=lambda kv: -len(kv[0])):
                if before.endswith(w):
                    found = q
                    break
            if found and r.get("qualifier") is None:
                warn(doc, f"money {t!r}: preceded by a qualifier word ({before!r}) but qualifier null")
            if r.get("qualifier") and not found:
                warn(doc, f"money {t!r}: qualifier {r['qualifier']} but no listed word right before ({before!r})")


def check(doc_stem):
    gpath = os.path.join(ROOT, "gold", doc_stem + ".json")
    dpath = os.path.join(ROOT, "docs", doc_stem + ".txt")
    try:
        with open(dpath, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        err(doc_stem, f"document unreadable: {e}")
        return None
    try:
        with open(gpath, encoding="utf-8") as f:
            g = json.load(f)
    except (OSError, json.JSONDecodeError) as e:
        err(doc_stem, f"gold unreadable: {e}")
        return None
    n = len(text.strip())
    if not 500 <= n <= 1200:
        err(doc_stem, f"length {n} outside 500-1200")
    if g.get("doc") != doc_stem + ".txt":
        err(doc_stem, f"doc field {g.get('doc')!r}")
    for k in ("published", "money", "dates", "entities", "notes"):
        if k not in g:
            err(doc_stem, f"missing key {k}")
    pub = g.get("published")
    if pub is not None and not (re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", pub) and point(pub)):
        err(doc_stem, f"published malformed: {pub!r}")
    for r in g.get("money", []):
        t = r.get("text")
        keys = {"text", "amount", "min", "max", "currency", "per", "qualifier", "implicit"}
        if set(r) != keys:
            err(doc_stem, f"money {t!r}: keys {sorted(r)}")
        for k in ("amount", "min", "max"):
            if not dec_ok(r.get(k)):
                err(doc_stem, f"money {t!r}: {k} not a decimal string: {r.get(k)!r}")
        if r.get("amount") is None and (r.get("min") is None or r.get("max") is None):
            err(doc_stem, f"money {t!r}: no amount and no min/max")
        if r.get("amount") is not None and (r.get("min") is not None or r.get("max") is not None):
            err(doc_stem, f"money {t!r}: both amount and min/max")
        if r.get("min") is not None and r.get("max") is not None and Decimal(r["min"]) > Decimal(r["max"]):
            err(doc_stem, f"money {t!r}: min > max")
        if r.get("currency") not in CUR and r.get("currency") is not None:
            err(doc_stem, f"money {t!r}: currency {r.get('currency')!r}")
        if r.get("qualifier") not in QUAL:
            err(doc_stem, f"money {t!r}: qualifier {r.get('qualifier')!r}")
        if not isinstance(r.get("implicit"), bool):
            err(doc_stem, f"money {t!r}: implicit not bool")
        if r.get("implicit") and r.get("currency") is not None:
            err(doc_stem, f"money {t!r}: implicit but currency set")
        if r.get("per") is not None and not isinstance(r.get("per"), str):
            err(doc_stem, f"money {t!r}: per {r.get('per')!r}")
        if t and t[0] in "约近逾超約":
            warn(doc_stem, f"money {t!r}: qualifier word inside text")
    for r in g.get("dates", []):
        t = r.get("text")
        if not value_ok(r.get("value")):
            err(doc_stem, f"date {t!r}: value malformed {r.get('value')!r}")
        if not isinstance(r.get("relative"), bool):
            err(doc_stem, f"date {t!r}: relative not bool")
        a = r.get("anchor")
        if a is not None and not (isinstance(a, str) and value_ok(a) and "/" not in a):
            err(doc_stem, f"date {t!r}: anchor malformed {a!r}")
        if r.get("relative") is False and a is not None:
            err(doc_stem, f"date {t!r}: absolute date with anchor")
        if r.get("relative") and a is None and "X" not in r.get("value", ""):
            err(doc_stem, f"date {t!r}: relative, no anchor, but fully resolved")
        if r.get("relative") and a is not None and "X" in r.get("value", ""):
            warn(doc_stem, f"date {t!r}: anchored but value has X")
    seen = {}
    for r in g.get("entities", []):
        t = r.get("text")
        if r.get("type") not in TYPES:
            err(doc_stem, f"entity {t!r}: type {r.get('type')!r}")
        if not r.get("canonical"):
            err(doc_stem, f"entity {t!r}: no canonical")
        if not isinstance(t, str) or t not in text:
            err(doc_stem, f"entity text not in document: {t!r}")
        if (t, r.get("canonical")) in seen:
            err(doc_stem, f"entity {t!r}: duplicate row")
        seen[(t, r.get("canonical"))] = r.get("type")
    canon_types = {}
    for (t, c), ty in seen.items():
        canon_types.setdefault(c, set()).add(ty)
    for c, tys in canon_types.items():
        if len(tys) > 1:
            warn(doc_stem, f"canonical {c!r} has several types {sorted(tys)}")
    locate(doc_stem, text, g.get("money", []), "money")
    locate(doc_stem, text, g.get("dates", []), "dates")
    return g, text


def main():
    docs = sorted(f[:-4] for f in os.listdir(os.path.join(ROOT, "docs")) if f.endswith(".txt"))
    golds = sorted(f[:-5] for f in os.listdir(os.path.join(ROOT, "gold")) if f.endswith(".json"))
    for s in set(docs) ^ set(golds):
        err(s, "document without gold or gold without document")
    tot = {"money": 0, "dates": 0, "dates_rel": 0}
    ents = {}
    trad = 0
    for s in docs:
        if s not in golds:
            continue
        res = check(s)
        if not res:
            continue
        g, text = res
        tot["money"] += len(g["money"])
        tot["dates"] += len(g["dates"])
        tot["dates_rel"] += sum(1 for d in g["dates"] if d["relative"])
        for e in g["entities"]:
            ents[e["type"]] = ents.get(e["type"], 0) + 1
        if sum(text.count(c) for c in "這們會為國說與發產業開長際") > sum(text.count(c) for c in "这们会为国说与发产业开长际"):
            trad += 1
    for w in warnings:
        print("warning:", w)
    for e in errors:
        print("ERROR:", e)
    print(f"{len(docs)} documents ({trad} Traditional), money {tot['money']}, dates {tot['dates']} "
          f"({tot['dates_rel']} relative), entities {sum(ents.values())} {dict(sorted(ents.items()))}")
    print("OK" if not errors else f"{len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
