#!/usr/bin/env python3
"""Check set C: JSON parses, every text occurs in its document (in order, as score.py locates it),
values are well-formed. usage: python3 check.py [SETDIR]"""
import json, os, re, sys, datetime as dt
from decimal import Decimal, InvalidOperation

ROOT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
CUR = {"CNY", "TWD", "HKD", "MOP", "USD", "EUR", "JPY", "GBP", "KRW", "SGD", "MYR", "AUD", "CHF", "THB", "VND", "IDR", "CAD"}
PER = {None, "share", "day", "month", "year", "ton", "kg", "square_foot", "visit", "box", "semester", "dose", "10_shares", "night", "person", "hour", "night", "square_meter", "unit", "trip", "mu"}
QUAL = {None, "approx", "over", "under", "up_to", "at_least"}
TYPES = {"person", "organization", "product", "location"}
PART = r"(?:\d{4}|XXXX)(?:-(?:Q[1-4]|H[12]|W(?:\d\d|XX)|(?:\d\d|XX)(?:-(?:\d\d|XX)(?:T\d\d:\d\d)?)?))?"
VALUE = re.compile(rf"{PART}(?:/{PART})?$")
ANCHOR = re.compile(r"\d{4}(?:-\d\d(?:-\d\d(?:T\d\d:\d\d)?)?)?$")
problems = []


WEEKDAY = {c: i for i, c in enumerate("一二三四五六日")}
WEEKDAY["天"] = 6


def expected_relative(text, anchor):
    """The value a few simple relative expressions must have, from the anchor; None when not covered here."""
    if anchor is None or len(anchor) < 10:
        return None
    a = dt.date.fromisoformat(anchor[:10])
    y = a.year
    t = text
    if t in ("今天", "今日", "今晚"):
        return a.isoformat()
    if t in ("昨天", "昨日"):
        return (a - dt.timedelta(days=1)).isoformat()
    if t in ("明天", "明日"):
        return (a + dt.timedelta(days=1)).isoformat()
    off = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}
    if t in off:
        return str(y + off[t])
    m = re.fullmatch(r"(今年|去年|明年)?(\d{1,2})月(\d{1,2})日", t)
    if m:
        return f"{y + off.get(m[1] or '今年', 0)}-{int(m[2]):02d}-{int(m[3]):02d}"
    m = re.fullmatch(r"(今年|去年|明年)?(\d{1,2})月", t)
    if m:
        return f"{y + off.get(m[1] or '今年', 0)}-{int(m[2]):02d}"
    m = re.fullmatch(r"(上|本|下)(?:週|周|星期)([一二三四五六日天])?", t)
    if m:
        shift = {"上": -7, "本": 0, "下": 7}[m[1]]
        monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(days=shift)
        if m[2]:
            return (monday + dt.timedelta(days=WEEKDAY[m[2]])).isoformat()
        iy, iw, _ = monday.isocalendar()
        return f"{iy}-W{iw:02d}"
    return None
unparsed = []


DIGIT = {c: i for i, c in enumerate("零一二三四五六七八九")}
DIGIT.update({c: i for i, c in enumerate("〇壹贰叁肆伍陆柒捌玖")})
DIGIT.update({"两": 2, "兩": 2, "貳": 2, "參": 3, "陸": 6})
SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
PREFIX = ("新台幣", "新台币", "人民币", "人民幣", "港幣", "港币", "澳門元", "澳门元", "HK$", "US$", "S$", "NT$")
SUFFIX = ("瑞士法郎", "港元", "新元", "令吉", "日圓", "日元", "韩元", "韓元", "美元", "欧元", "歐元", "元整", "元", "块")
SCALE_WORD = {"billion": Decimal(10**9), "million": Decimal(10**6)}


def parse_number(t):
    """Value of a written amount without its currency (Arabic digits, Chinese numerals, 万/亿 scales), or None."""
    t = t.strip()
    for p in PREFIX:
        if t.startswith(p):
            t = t[len(p):]
    cents = t.endswith("仙")
    if cents:
        t = t[:-1]
    for sfx in SUFFIX:
        if t.endswith(sfx):
            t = t[: -len(sfx)]
            break
    m = re.fullmatch(r"([\d.,]+)\s*(billion|million)", t)
    if m:
        return Decimal(m[1].replace(",", "")) * SCALE_WORD[m[2]]
    total, section, num = Decimal(0), Decimal(0), Decimal(0)
    i = 0
    if not t:
        return None
    while i < len(t):
        c = t[i]
        m = re.match(r"\d[\d,]*(?:\.\d+)?", t[i:])
        if m:
            num = Decimal(m[0].replace(",", ""))
            i += len(m[0])
            continue
        if c in DIGIT:
            num = Decimal(DIGIT[c])
        elif c in SMALL:
            section += (num if num else 1) * SMALL[c]
            num = Decimal(0)
        elif c in BIG:
            if BIG[c] == 10**8:
                total = (total + section + num) * BIG[c]
            else:
                total += (section + num) * BIG[c]
            section, num = Decimal(0), Decimal(0)
        else:
            return None
        i += 1
    v = total + section + num
    return v / 100 if cents else v


def recompute(r):
    """Compare the written amount with the gold amount / min-max; None if the text is not parseable here."""
    t = r["text"]
    if t.startswith("數") or t.startswith("数"):
        return None
    parts = re.split(r"至|到|~|～", t)
    if len(parts) == 2:
        lo, hi = parse_number(parts[0]), parse_number(parts[1])
        if lo is None or hi is None:
            return None
        if not re.search(r"[万萬亿億]", parts[0]) and re.search(r"[万萬亿億]", parts[1]):
            return None
        return (lo, hi) == (Decimal(r["min"] or "-1"), Decimal(r["max"] or "-1"))
    v = parse_number(t)
    if v is None:
        return None
    return r["amount"] is not None and v == Decimal(r["amount"])


def bad(doc, msg):
    problems.append(f"{doc}: {msg}")


def is_dec(s):
    if not isinstance(s, str) or not re.fullmatch(r"-?\d+(\.\d+)?", s):
        return False
    try:
        Decimal(s)
        return True
    except InvalidOperation:
        return False


def bounds(v):
    v = v.replace("XXXX", "9996").replace("-XX", "")
    if "/" in v:
        a, b = v.split("/", 1)
        a, b = bounds(a), bounds(b)
        return (a[0], b[1]) if a and b else None
    v = v.split("T")[0]
    try:
        if re.fullmatch(r"\d{4}", v):
            return dt.date(int(v), 1, 1), dt.date(int(v), 12, 31)
        m = re.fullmatch(r"(\d{4})-(\d\d)", v)
        if m:
            y, mo = int(m[1]), int(m[2])
            return dt.date(y, mo, 1), dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)
        m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", v)
        if m:
            d = dt.date(int(m[1]), int(m[2]), int(m[3]))
            return d, d
        m = re.fullmatch(r"(\d{4})-Q(\d)", v)
        if m:
            return bounds(f"{m[1]}-{3*int(m[2])-2:02d}")[0], bounds(f"{m[1]}-{3*int(m[2]):02d}")[1]
        m = re.fullmatch(r"(\d{4})-H(\d)", v)
        if m:
            return bounds(f"{m[1]}-{6*int(m[2])-5:02d}")[0], bounds(f"{m[1]}-{6*int(m[2]):02d}")[1]
        m = re.fullmatch(r"(\d{4})-W(\d\d)", v)
        if m:
            d = dt.date.fromisocalendar(int(m[1]), int(m[2]), 1)
            return d, d + dt.timedelta(days=6)
    except ValueError:
        return None
    return None


def locate(doc, text, rows, kind):
    """Same order rule as score.py: each row after the previous one; report rows that only fall back."""
    pos, prev = 0, 0
    spans = []
    for r in rows:
        t = r["text"]
        i = text.find(t, pos)
        if i < 0:
            i = text.find(t, prev)
            if i >= 0:
                bad(doc, f"{kind} {t!r} overlaps the previous row (order?)")
        if i < 0:
            i = text.find(t, 0)
            if i >= 0:
                bad(doc, f"{kind} {t!r} out of order")
            else:
                bad(doc, f"{kind} {t!r} not in document")
                continue
        spans.append((i, i + len(t)))
        pos, prev = i + len(t), i + 1
    return spans


def count_uncovered(doc, text, rows, spans, kind):
    """A row text that occurs more often in the document than it is annotated: flag it (may be a miss)."""
    for t in {r["text"] for r in rows}:
        occ = [m.start() for m in re.finditer(re.escape(t), text)]
        covered = [o for o in occ if any(a <= o and o + len(t) <= b for a, b in spans)]
        if len(covered) < len(occ):
            bad(doc, f"{kind} {t!r} occurs {len(occ)}x, annotated {len(covered)}x")


def main():
    gdir, ddir = os.path.join(ROOT, "gold"), os.path.join(ROOT, "docs")
    stems = sorted(f[:-5] for f in os.listdir(gdir) if f.endswith(".json"))
    docs = sorted(f[:-4] for f in os.listdir(ddir) if f.endswith(".txt"))
    if stems != docs:
        bad("set", f"gold {stems} vs docs {docs}")
    totals = {"money": 0, "dates": 0}
    etypes = {}
    trad = 0
    for s in stems:
        doc = s + ".txt"
        try:
            g = json.load(open(os.path.join(gdir, s + ".json"), encoding="utf-8"))
        except json.JSONDecodeError as e:
            bad(doc, f"JSON: {e}")
            continue
        text = open(os.path.join(ddir, doc), encoding="utf-8").read()
        if g.get("doc") != doc:
            bad(doc, "doc field")
        if set(g) != {"doc", "published", "money", "dates", "entities", "notes"}:
            bad(doc, f"keys {sorted(g)}")
        n = len(text.strip())
        if not 500 <= n <= 1200:
            bad(doc, f"length {n}")
        if any(c in text for c in "這們說與東國為會時發"):
            trad += 1
        pub = g["published"]
        if pub is not None and not (ANCHOR.fullmatch(pub) and bounds(pub)):
            bad(doc, f"published {pub!r}")
        # money
        for r in g["money"]:
            if list(r) != ["text", "amount", "min", "max", "currency", "per", "qualifier", "implicit"]:
                bad(doc, f"money keys {list(r)}")
            a, lo, hi = r["amount"], r["min"], r["max"]
            if a is not None:
                if not is_dec(a) or lo is not None or hi is not None:
                    bad(doc, f"money amount {r}")
            else:
                if not (is_dec(lo) and is_dec(hi) and Decimal(lo) < Decimal(hi)):
                    bad(doc, f"money range {r}")
            if r["currency"] is not None and r["currency"] not in CUR:
                bad(doc, f"currency {r['currency']}")
            if r["per"] not in PER or r["qualifier"] not in QUAL or not isinstance(r["implicit"], bool):
                bad(doc, f"money per/qualifier/implicit {r}")
            if r["implicit"] and r["currency"] is not None:
                bad(doc, f"implicit with currency {r}")
            if not r["implicit"] and r["currency"] is None:
                bad(doc, f"not implicit, no currency {r}")
            ok = recompute(r)
            if ok is False:
                bad(doc, f"amount does not match the written figure {r}")
            elif ok is None:
                unparsed.append(f"{doc}: {r['text']}")
        sp = locate(doc, text, g["money"], "money")
        count_uncovered(doc, text, g["money"], sp, "money")
        # dates
        for r in g["dates"]:
            if list(r) != ["text", "value", "relative", "anchor"]:
                bad(doc, f"date keys {list(r)}")
            v = r["value"]
            if not (isinstance(v, str) and VALUE.fullmatch(v)):
                bad(doc, f"date value {r}")
            elif "X" not in v:
                b = bounds(v)
                if not b or b[0] > b[1]:
                    bad(doc, f"date value not a real period {r}")
            if not isinstance(r["relative"], bool):
                bad(doc, f"relative {r}")
            an = r["anchor"]
            if an is not None and not (ANCHOR.fullmatch(an) and bounds(an)):
                bad(doc, f"anchor {r}")
            if not r["relative"] and an is not None:
                bad(doc, f"absolute date with anchor {r}")
            if r["relative"] and an is None and "X" not in v:
                bad(doc, f"relative, no anchor, but resolved {r}")
            exp = expected_relative(r["text"], an) if r["relative"] else None
            if exp is not None and exp != v:
                bad(doc, f"relative date: expected {exp} {r}")
            if r["relative"] and an is not None and "X" in v:
                bad(doc, f"anchored but unresolved {r}")
            if pub is None and r["relative"] and an == pub:
                pass
        sp = locate(doc, text, g["dates"], "dates")
        count_uncovered(doc, text, g["dates"], sp, "dates")
        # entities
        seen = {}
        for r in g["entities"]:
            if list(r) != ["text", "type", "canonical"]:
                bad(doc, f"entity keys {list(r)}")
            if r["type"] not in TYPES:
                bad(doc, f"entity type {r}")
            if r["text"] not in text:
                bad(doc, f"entity {r['text']!r} not in document")
            if not r["canonical"] or not r["canonical"].isascii():
                bad(doc, f"canonical {r}")
            if r["text"] in seen:
                bad(doc, f"entity surface twice {r['text']!r}")
            seen[r["text"]] = r
            etypes[r["type"]] = etypes.get(r["type"], 0) + 1
        canon_types = {}
        for r in g["entities"]:
            canon_types.setdefault(r["canonical"], set()).add(r["type"])
        for c, ts in canon_types.items():
            if len(ts) > 1:
                bad(doc, f"canonical {c!r} with types {ts}")
        if not isinstance(g["notes"], list) or not all(isinstance(x, str) for x in g["notes"]):
            bad(doc, "notes")
        totals["money"] += len(g["money"])
        totals["dates"] += len(g["dates"])
    for p in problems:
        print("PROBLEM", p)
    for u in unparsed:
        print("not recomputed (check by hand):", u)
    print(f"{len(stems)} articles ({trad} Traditional), money {totals['money']}, dates {totals['dates']}, "
          f"entities {sum(etypes.values())} {dict(sorted(etypes.items()))}; {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
