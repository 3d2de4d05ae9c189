#!/usr/bin/env python3
"""Check the gold of one measuring set (Scripts/measure-sets/A, B, C or D; the format of
../shared/dev/articles): every gold file parses and names its document, every row's text is in
the document (money and dates in document order, located as score.py locates them), and values
are well-formed.

usage: python3 Scripts/check-measure-set.py SETDIR

Prints one line per problem, naming the document, the kind of row and its number, and a summary
of counts. For the read sets (A, C) a line also gives the row's text and the values at fault; for
the held-out sets (B, D) it never does: nothing of their texts or gold is printed beyond the
document's name, the row's number and the kind of problem. Errors break the format or the scoring
(exit status 1); warnings are judgement calls worth a look (a qualifier word next to a figure
without a qualifier, an amount this script reads differently from the written figure, a
relative date that resolves otherwise from its anchor).

The one checker of the four its writers used (session 21): their checks together, those all four
made (or that all four sets pass) as errors, the others as warnings.
"""
import datetime as dt
import json
import os
import re
import sys
from decimal import Decimal, InvalidOperation

HELD_OUT = {"B", "D"}
KEYS = {"doc", "published", "money", "dates", "entities", "notes"}
MONEY_KEYS = ["text", "amount", "min", "max", "currency", "per", "qualifier", "implicit"]
DATE_KEYS = ["text", "value", "relative", "anchor"]
ENTITY_KEYS = ["text", "type", "canonical"]
CURRENCIES = {
    "AED", "ARS", "AUD", "BRL", "CAD", "CHF", "CLP", "CNY", "COP", "EUR", "GBP", "HKD", "IDR", "INR", "JPY", "KES",
    "KRW", "MOP", "MXN", "MYR", "NGN", "NOK", "NZD", "PEN", "PHP", "RUB", "SAR", "SEK", "SGD", "THB", "TWD", "USD",
    "VND", "ZAR",
}
QUALIFIERS = {None, "approx", "over", "under", "up_to", "at_least"}
TYPES = {"person", "organization", "product", "location"}
# Words before a figure that make it approximate, a floor or a ceiling (longest first when matched).
QUALIFIER_WORDS = {
    "约": "approx", "約": "approx", "近": "approx", "大约": "approx", "大約": "approx", "约为": "approx",
    "約為": "approx", "超过": "over", "超過": "over", "逾": "over", "超": "over", "突破": "over",
    "不足": "under", "不到": "under", "高达": "up_to", "高達": "up_to", "多达": "up_to", "多達": "up_to",
    "至多": "up_to", "最多": "up_to", "最高": "up_to", "不超过": "up_to", "不超過": "up_to",
    "至少": "at_least", "不少于": "at_least", "不低于": "at_least",
}
# Characters that only Traditional script writes (against their Simplified forms).
TRADITIONAL = "這們會為國說與發產業開長際"
SIMPLIFIED = "这们会为国说与发产业开长际"

POINT = re.compile(
    r"(?P<y>\d{4}|XXXX)(?:-(?:(?P<q>Q[1-4])|(?P<h>H[12])|(?P<w>W(?:\d\d|XX))"
    r"|(?P<m>\d\d|XX)(?:-(?P<d>\d\d|XX)(?:T(?P<hh>\d\d):(?P<mm>\d\d))?)?))?"
)


def point_days(v):
    """(first, last) ordinal days of an ISO-like point; None when a part is X; False if malformed."""
    m = POINT.fullmatch(v) if isinstance(v, str) else None
    if not m:
        return False
    if m["hh"] is not None and not (int(m["hh"]) <= 23 and int(m["mm"]) <= 59):
        return False
    if m["m"] not in (None, "XX") and not 1 <= int(m["m"]) <= 12:
        return False
    if m["y"] == "XXXX" or m["m"] == "XX" or m["w"] == "WXX":
        if m["d"] not in (None, "XX"):  # 2000 is a leap year: XXXX-02-29 stays possible
            try:
                dt.date(2000, 1 if m["m"] == "XX" else int(m["m"]), int(m["d"]))
            except ValueError:
                return False
        return None
    y = int(m["y"])
    try:
        if m["q"]:
            q = int(m["q"][1])
            a, b = dt.date(y, 3 * q - 2, 1), dt.date(y + (q == 4), (3 * q) % 12 + 1, 1) - dt.timedelta(1)
        elif m["h"]:
            a, b = (dt.date(y, 1, 1), dt.date(y, 6, 30)) if m["h"] == "H1" else (dt.date(y, 7, 1), dt.date(y, 12, 31))
        elif m["w"]:
            a = dt.date.fromisocalendar(y, int(m["w"][1:]), 1)
            b = a + dt.timedelta(6)
        elif m["m"] is None:
            a, b = dt.date(y, 1, 1), dt.date(y, 12, 31)
        elif m["d"] in (None, "XX"):
            mo = int(m["m"])
            a, b = dt.date(y, mo, 1), dt.date(y + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(1)
        else:
            a = b = dt.date(y, int(m["m"]), int(m["d"]))
    except ValueError:
        return False
    return a.toordinal(), b.toordinal()


def value_ok(v):
    """A point or an interval of two points that runs forward."""
    if not isinstance(v, str) or len(v.split("/")) > 2:
        return False
    points = [point_days(p) for p in v.split("/")]
    if any(p is False for p in points):
        return False
    return not (len(points) == 2 and points[0] and points[1] and points[0][0] > points[1][1])


def is_decimal(x):
    if not isinstance(x, str) or not re.fullmatch(r"-?\d+(\.\d+)?", x):
        return False
    try:
        Decimal(x)
        return True
    except InvalidOperation:
        return False


# --- The written figure of a money row, read again (set C's writer's check) ---

DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")}
DIGITS.update({c: i for i, c in enumerate("〇壹贰叁肆伍陆柒捌玖")})
DIGITS.update({"两": 2, "兩": 2, "貳": 2, "參": 3, "陸": 6})
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10**4, "萬": 10**4, "亿": 10**8, "億": 10**8}
CURRENCY_PREFIXES = ("新台幣", "新台币", "人民币", "人民幣", "港幣", "港币", "澳門元", "澳门元", "HK$", "US$", "S$", "NT$")
CURRENCY_SUFFIXES = ("瑞士法郎", "港元", "新元", "令吉", "日圓", "日元", "韩元", "韓元", "美元", "欧元", "歐元", "元整", "元", "块")
SCALE_WORDS = {"billion": Decimal(10**9), "million": Decimal(10**6)}


def written_number(t):
    """The value of a written amount without its currency, or None when this reading cannot tell."""
    t = t.strip()
    for p in CURRENCY_PREFIXES:
        if t.startswith(p):
            t = t[len(p):]
    cents = t.endswith("仙")
    if cents:
        t = t[:-1]
    for s in CURRENCY_SUFFIXES:
        if t.endswith(s):
            t = t[: -len(s)]
            break
    m = re.fullmatch(r"([\d.,]+)\s*(billion|million)", t)
    if m:
        return Decimal(m[1].replace(",", "")) * SCALE_WORDS[m[2]]
    if not t:
        return None
    total, section, num, i = Decimal(0), Decimal(0), Decimal(0), 0
    while i < len(t):
        m = re.match(r"\d[\d,]*(?:\.\d+)?", t[i:])
        if m:
            num = Decimal(m[0].replace(",", ""))
            i += len(m[0])
            continue
        c = t[i]
        if c in DIGITS:
            num = Decimal(DIGITS[c])
        elif c in SMALL_UNITS:
            section += (num if num else 1) * SMALL_UNITS[c]
            num = Decimal(0)
        elif c in BIG_UNITS:
            if BIG_UNITS[c] == 10**8:
                total = (total + section + num) * BIG_UNITS[c]
            else:
                total += (section + num) * BIG_UNITS[c]
            section, num = Decimal(0), Decimal(0)
        else:
            return None
        i += 1
    v = total + section + num
    return v / 100 if cents else v


def figure_matches(r):
    """Whether the written figure gives the row's amount (or min and max); None if not read here."""
    t = r["text"]
    if t.startswith(("數", "数")):
        return None
    parts = re.split(r"至|到|~|～", t)
    try:
        if len(parts) == 2:
            lo, hi = written_number(parts[0]), written_number(parts[1])
            if lo is None or hi is None or (not re.search(r"[万萬亿億]", parts[0]) and re.search(r"[万萬亿億]", parts[1])):
                return None
            return (lo, hi) == (Decimal(r["min"] or "-1"), Decimal(r["max"] or "-1"))
        v = written_number(t)
        return None if v is None else (r["amount"] is not None and v == Decimal(r["amount"]))
    except InvalidOperation:
        return None


# --- Relative dates a few simple words resolve from their anchor (set C's writer's check) ---

WEEKDAYS = {c: i for i, c in enumerate("一二三四五六日")}
WEEKDAYS["天"] = 6
YEAR_OFFSETS = {"今年": 0, "去年": -1, "明年": 1, "前年": -2}


def expected_relative(text, anchor):
    """The value a simple relative expression has from a day anchor; None when not covered here."""
    if not isinstance(anchor, str) or len(anchor) < 10:
        return None
    a = dt.date.fromisoformat(anchor[:10])
    if text in ("今天", "今日", "今晚"):
        return a.isoformat()
    if text in ("昨天", "昨日"):
        return (a - dt.timedelta(days=1)).isoformat()
    if text in ("明天", "明日"):
        return (a + dt.timedelta(days=1)).isoformat()
    if text in YEAR_OFFSETS:
        return str(a.year + YEAR_OFFSETS[text])
    m = re.fullmatch(r"(今年|去年|明年)?(\d{1,2})月(\d{1,2})日", text)
    if m:
        return f"{a.year + YEAR_OFFSETS[m[1] or '今年']}-{int(m[2]):02d}-{int(m[3]):02d}"
    m = re.fullmatch(r"(今年|去年|明年)?(\d{1,2})月", text)
    if m:
        return f"{a.year + YEAR_OFFSETS[m[1] or '今年']}-{int(m[2]):02d}"
    m = re.fullmatch(r"(上|本|下)(?:週|周|星期)([一二三四五六日天])?", text)
    if m:
        monday = a - dt.timedelta(days=a.weekday()) + dt.timedelta(days={"上": -7, "本": 0, "下": 7}[m[1]])
        if m[2]:
            return (monday + dt.timedelta(days=WEEKDAYS[m[2]])).isoformat()
        year, week, _ = monday.isocalendar()
        return f"{year}-W{week:02d}"
    return None


class Report:
    """Problems as lines; for a held-out set without the row's text or the values at fault."""

    def __init__(self, held_out):
        self.held_out = held_out
        self.errors, self.warnings = [], []
        self.unread_figures = 0

    def _line(self, doc, where, message, row, detail):
        if not self.held_out:
            if isinstance(row, dict) and isinstance(row.get("text"), str):
                where = f"{where} {row['text']!r}"
            if detail is not None:
                message = f"{message}: {detail}"
        return f"{doc}: {where}: {message}" if where else f"{doc}: {message}"

    def error(self, doc, where, message, row=None, detail=None):
        self.errors.append(self._line(doc, where, message, row, detail))

    def warning(self, doc, where, message, row=None, detail=None):
        self.warnings.append(self._line(doc, where, message, row, detail))


def locate(report, doc, text, rows, kind):
    """score.py's order: each row after the previous one (falling back to overlapping it, then to
    anywhere). Returns the spans found, to count occurrences left unannotated."""
    pos, prev, spans = 0, 0, []
    for n, r in enumerate(rows, 1):
        t = r.get("text") if isinstance(r, dict) else None
        where = f"{kind} row {n}"
        if not isinstance(t, str) or not t:
            report.error(doc, where, "empty text", r)
            continue
        if t != t.strip():
            report.error(doc, where, "text with outer white space", r)
        i = text.find(t, pos)
        if i < 0:
            i = text.find(t, prev)
            if i >= 0:
                report.warning(doc, where, "located overlapping the previous row", r)
        if i < 0:
            i = text.find(t)
            if i < 0:
                report.error(doc, where, "text not in the document", r)
                continue
            report.error(doc, where, "out of document order", r)
        spans.append((i, i + len(t)))
        pos, prev = i + len(t), i + 1
    for t in sorted({r["text"] for r in rows if isinstance(r, dict) and isinstance(r.get("text"), str) and r["text"]}):
        found = [m.start() for m in re.finditer(re.escape(t), text)]
        covered = [o for o in found if any(a <= o and o + len(t) <= b for a, b in spans)]
        if len(covered) < len(found):
            n = next(k for k, r in enumerate(rows, 1) if r.get("text") == t)
            report.warning(doc, f"{kind} row {n}", "its text occurs more often than annotated", rows[n - 1], f"{len(found)} against {len(covered)}")
    return spans


def row_keys_ok(report, doc, where, r, keys, kind):
    """Every key of its kind (else an error: the row is not checked further); others, or another
    order, are a warning (score.py reads the keys it knows)."""
    missing = [k for k in keys if k not in r]
    if missing:
        report.error(doc, where, f"keys of a {kind} row missing", r, missing)
        return False
    if list(r) != keys:
        report.warning(doc, where, f"keys beyond those of a {kind} row, or in another order", r, list(r))
    return True


def check_money(report, doc, text, rows):
    for n, r in enumerate(rows, 1):
        where = f"money row {n}"
        if not row_keys_ok(report, doc, where, r, MONEY_KEYS, "money"):
            continue
        if r["amount"] is not None:
            if not is_decimal(r["amount"]) or r["min"] is not None or r["max"] is not None:
                report.error(doc, where, "an amount must be a decimal string, with min and max null", r)
        elif not (is_decimal(r["min"]) and is_decimal(r["max"])) or Decimal(r["min"]) >= Decimal(r["max"]):
            report.error(doc, where, "a range needs decimal strings min < max", r)
        if r["currency"] is not None and r["currency"] not in CURRENCIES:
            report.error(doc, where, "currency not a known code", r, r["currency"])
        if r["qualifier"] not in QUALIFIERS:
            report.error(doc, where, "qualifier not a known one", r, r["qualifier"])
        if not isinstance(r["implicit"], bool):
            report.error(doc, where, "implicit not a bool", r)
        elif r["implicit"] and r["currency"] is not None:
            report.error(doc, where, "implicit money names no currency", r)
        elif not r["implicit"] and r["currency"] is None:
            report.error(doc, where, "no currency, yet not implicit", r)
        if r["per"] is not None and not (isinstance(r["per"], str) and r["per"]):
            report.error(doc, where, "per not null or a name", r, r["per"])
        t = r["text"] if isinstance(r["text"], str) else ""
        if t.startswith(tuple(QUALIFIER_WORDS)):
            report.warning(doc, where, "a qualifier word inside the text", r)
        matches = figure_matches(r) if t else None
        if matches is None:
            report.unread_figures += 1
        elif not matches:
            report.warning(doc, where, "the amount is not the written figure (as this script reads it)", r, r["amount"] or (r["min"], r["max"]))
    spans = locate(report, doc, text, rows, "money")
    # A qualifier word right before the figure, against the row's qualifier.
    located = iter(spans)
    for n, r in enumerate(rows, 1):
        if not (isinstance(r, dict) and isinstance(r.get("text"), str) and r["text"] and r["text"] in text):
            continue
        start, _ = next(located)
        before = text[max(0, start - 3):start]
        word = next((w for w in sorted(QUALIFIER_WORDS, key=len, reverse=True) if before.endswith(w)), None)
        if word and r.get("qualifier") is None:
            report.warning(doc, f"money row {n}", "a qualifier word right before it, qualifier null", r, word)
        if r.get("qualifier") and not word:
            report.warning(doc, f"money row {n}", "a qualifier without a listed word right before it", r, r["qualifier"])


def check_dates(report, doc, text, rows, published):
    for n, r in enumerate(rows, 1):
        where = f"dates row {n}"
        if not row_keys_ok(report, doc, where, r, DATE_KEYS, "dates"):
            continue
        v, relative, anchor = r["value"], r["relative"], r["anchor"]
        if not value_ok(v):
            report.error(doc, where, "value malformed or an interval running backwards", r, v)
            continue
        if not isinstance(relative, bool):
            report.error(doc, where, "relative not a bool", r)
        if anchor is not None and point_days(anchor) in (False, None):
            report.error(doc, where, "anchor not a known point", r, anchor)
        if not relative and anchor is not None:
            report.error(doc, where, "an absolute date with an anchor", r)
        if relative and anchor is None and "X" not in v:
            report.error(doc, where, "relative, no anchor, yet fully resolved", r)
        if relative and anchor is not None and "XXXX" in v:
            report.error(doc, where, "anchored, yet its year left unresolved", r, v)
        elif relative and anchor is not None and "X" in v:
            report.warning(doc, where, "anchored, yet a part left X", r, v)
        if relative and anchor is None and published is not None:
            report.warning(doc, where, "relative without an anchor although published is known", r)
        expected = expected_relative(r["text"], anchor) if relative and point_days(anchor) else None
        if expected is not None and expected != v:
            report.warning(doc, where, "its anchor gives another value", r, f"{v} against {expected}")
    locate(report, doc, text, rows, "dates")


def check_entities(report, doc, text, rows):
    by_surface, types_of = {}, {}
    for n, r in enumerate(rows, 1):
        where = f"entities row {n}"
        if not row_keys_ok(report, doc, where, r, ENTITY_KEYS, "entities"):
            continue
        if not isinstance(r["text"], str) or r["text"] not in text:
            report.error(doc, where, "text not in the document", r)
        if r["type"] not in TYPES:
            report.error(doc, where, "type not a known one", r, r["type"])
        if not isinstance(r["canonical"], str) or not r["canonical"].strip():
            report.error(doc, where, "empty canonical", r)
            continue
        if not r["canonical"].isascii():
            report.warning(doc, where, "canonical not an English (ASCII) name", r, r["canonical"])
        if r["text"] in by_surface:
            same = by_surface[r["text"]] == (r["type"], r["canonical"])
            report.error(doc, where, "a surface listed twice" if same else "a surface given two entities", r)
        by_surface[r["text"]] = (r["type"], r["canonical"])
        types_of.setdefault(r["canonical"], set()).add(r["type"])
    for canonical, types in sorted(types_of.items()):
        if len(types) > 1:
            report.error(doc, "entities", "a canonical name of several types", None, f"{canonical!r} {sorted(types)}")


def check_document(report, gold_dir, docs_dir, stem):
    """The gold and text of one document, checked; None when either cannot be read."""
    doc = stem + ".txt"
    try:
        with open(os.path.join(docs_dir, doc), encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        report.error(doc, "", f"document unreadable: {type(e).__name__}")
        return None
    try:
        with open(os.path.join(gold_dir, stem + ".json"), encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        report.error(doc, "", f"gold unreadable: {type(e).__name__}")
        return None
    if not isinstance(gold, dict) or set(gold) != KEYS:
        report.error(doc, "", "top-level keys not doc, published, money, dates, entities, notes")
        return None
    if gold["doc"] != doc:
        report.error(doc, "", "the doc field does not name this document")
    if not 500 <= len(text.strip()) <= 1200:
        report.error(doc, "", "length outside 500-1200 characters", None, len(text.strip()))
    published = gold["published"]
    if published is not None and not (
        isinstance(published, str) and re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d)?", published) and point_days(published)
    ):
        report.error(doc, "", "published not a calendar date (and time)", None, published)
    for key in ("money", "dates", "entities", "notes"):
        if not isinstance(gold[key], list) or (key != "notes" and not all(isinstance(r, dict) for r in gold[key])):
            report.error(doc, "", f"{key} must be a list of {'strings' if key == 'notes' else 'objects'}")
            return None
    if not all(isinstance(n, str) for n in gold["notes"]):
        report.error(doc, "", "notes must be a list of strings")
    check_money(report, doc, text, gold["money"])
    check_dates(report, doc, text, gold["dates"], published)
    check_entities(report, doc, text, gold["entities"])
    return gold, text


def main(argv):
    if len(argv) != 2 or not os.path.isdir(argv[1]):
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    root = argv[1]
    name = os.path.basename(os.path.normpath(root))
    report = Report(held_out=name in HELD_OUT)
    gold_dir, docs_dir = os.path.join(root, "gold"), os.path.join(root, "docs")
    golds = {f[:-5] for f in os.listdir(gold_dir) if f.endswith(".json")}
    docs = {f[:-4] for f in os.listdir(docs_dir) if f.endswith(".txt")}
    for stem in sorted(docs - golds):
        report.error(stem + ".txt", "", "a document without gold")
    for stem in sorted(golds - docs):
        report.error(stem + ".json", "", "gold without a document")
    counts = {"money": 0, "dates": 0, "relative": 0}
    types = {t: 0 for t in sorted(TYPES)}
    traditional = checked = 0
    for stem in sorted(golds & docs):
        result = check_document(report, gold_dir, docs_dir, stem)
        if not result:
            continue
        gold, text = result
        checked += 1
        counts["money"] += len(gold["money"])
        counts["dates"] += len(gold["dates"])
        counts["relative"] += sum(1 for r in gold["dates"] if r.get("relative") is True)
        for r in gold["entities"]:
            if r.get("type") in types:
                types[r["type"]] += 1
        if sum(text.count(c) for c in TRADITIONAL) > sum(text.count(c) for c in SIMPLIFIED):
            traditional += 1
    for line in report.errors:
        print("error:", line)
    for line in report.warnings:
        print("warning:", line)
    print(
        f"set {name}: {checked} documents ({traditional} Traditional); money {counts['money']} "
        f"({report.unread_figures} figures not read again here); dates {counts['dates']} ({counts['relative']} relative); "
        f"entities {sum(types.values())} {types}; {len(report.errors)} errors, {len(report.warnings)} warnings"
    )
    return 1 if report.errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
