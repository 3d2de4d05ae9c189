#!/usr/bin/env python3
"""Date conformance against Duckling's Chinese time corpus (a local measure, issue 17).

Usage: ZHEXTRACT_BIN=BIN python3 Scripts/conformance-duckling.py PATH [--all]

PATH is a copy of Duckling's `Duckling/Time/ZH/Corpus.hs` (or its ZH/CN, ZH/HK, ZH/TW
siblings) kept OUTSIDE this repository (e.g. /work/peer-suites/duckling-zh-corpus.hs); the
script reads its `examples (datetime… ) [ "…", … ]` blocks, whether one a line or spread
over several. Every phrase is extracted alone with the corpus's reference time
2013-02-12T04:30 (a Tuesday) as `published`. A case passes when exactly one date mention
covers the whole phrase and its value is the peer's expectation written as docs/SPEC.md
writes values: a day `2013-02-12`, a month `2013-03`, a year `2013`, a week `2013-W07`, an
hour or minute `2013-02-12T20:00`, and Duckling's half-open intervals as SPEC's closed ones
at the same grain (`[2013-06-12, 2013-07-04) Day` → `2013-06-12/2013-07-03`).

Cases whose convention differs from docs/SPEC.md are set aside (counted, listed with --all),
never scored — the reasons:
- now (现在, 此刻, Second grain): SPEC has no date for the moment of speaking.
- time alone (三点, 3pm, 15:15, 4pm CET): SPEC reads a clock time only with a day.
- time of day without a clock time (周一早上, 二月十五号早上, 周一晚上, 情人节晚上): the peer's
  04–12 / 18–24 hours are its own; SPEC gives no interval to 早上 or 晚上.
- weekend as hours (这周末 → Fri 18:00 to Mon 00:00): SPEC's 周末 is Saturday to Sunday.
- weekday as the next one (星期一 → 2013-02-18, 这周一 → 2013-02-18, 下周三 → 2013-02-13):
  SPEC reads a weekday in the anchor's week (这/本 too) and 下周X in the week after; a case
  is set aside only where the peer's value lies outside the week SPEC names.
- counts from the anchor (兩天前 as two days, 三年後 as the next three years, 前两天, 后三天,
  上两秒, 下三小时): SPEC makes N天前 a point (N天后 only after a word of the future), and calls
  前N/后N and counts of hours, minutes, seconds and days durations; 上N/下N of weeks, months,
  quarters and years are dates there (`dates.counted-units`) and are scored.
- year-less holiday in the next year (圣诞 → 2013-12-25, 元旦 → 2014-01-01, 赎罪日 from
  2013-02-12): the peer takes the next occurrence; SPEC takes, without a year in focus or a
  tense, the year nearest the anchor (2012-12-25), and a holiday's day in another year cannot
  be derived from the peer's. Set aside only where the two years differ. Year-less plain dates
  (十二月至一月 → peer 2013-12/2014-01) are not set aside but scored against SPEC's reading,
  the nearest year (2012-12/2013-01).
- parts of a year of another length (2017年頭 → Jan–Mar, 年尾 → Sep–Dec): SPEC's 年初/年底
  are two months.
- a holiday of several days (2018年光明节, 四旬节): SPEC gives a holiday of another calendar
  its first day.

Prints the pass rate over the scored cases and the failing cases grouped by family.
"""
import collections
import datetime
import re
import sys

import conformance_common as common

REFERENCE = datetime.datetime(2013, 2, 12, 4, 30)
PUBLISHED = "2013-02-12T04:30"

BLOCK = re.compile(
    r'examples\s*\(\s*(datetimeIntervalHoliday|datetimeInterval|datetimeHoliday|datetime)\s*'
    r'(\(\([^)]*\)\s*,\s*\([^)]*\)\)|\([^)]*\))\s*(\w+)\s*(?:"[^"]*")?\s*\)\s*\[(.*?)\]',
    re.S)


def tuples(text):
    return [tuple(int(x) for x in t.split(",")) for t in re.findall(r"\(([\d,\s]+)\)", text)]


def iso_week(d):
    y, w, _ = d.isocalendar()
    return f"{y}-W{w:02d}"


def point(t, grain):
    y, mo, d, h, mi, _ = (list(t) + [0] * 6)[:6]
    if grain == "Year":
        return f"{y:04d}"
    if grain == "Month":
        return f"{y:04d}-{mo:02d}"
    day = datetime.date(y, mo, d)
    if grain == "Week":
        return iso_week(day)
    if grain == "Day":
        return day.isoformat()
    return f"{day.isoformat()}T{h:02d}:{mi:02d}"


def closed_end(t, grain):
    """Duckling's exclusive interval end, as SPEC's inclusive one at the same grain."""
    y, mo, d, h, mi, s = (list(t) + [0] * 6)[:6]
    if grain == "Year":
        return (y - 1,)
    if grain == "Month":
        return (y - 1, 12) if mo == 1 else (y, mo - 1)
    end = datetime.datetime(y, mo, max(d, 1), h, mi, s)
    step = {"Week": datetime.timedelta(weeks=1), "Day": datetime.timedelta(days=1),
            "Hour": datetime.timedelta(hours=1), "Minute": datetime.timedelta(minutes=1),
            "Second": datetime.timedelta(seconds=1)}[grain]
    e = end - step
    return (e.year, e.month, e.day, e.hour, e.minute, e.second)


def expected_value(kind, args, grain):
    ts = tuples(args)
    if kind in ("datetime", "datetimeHoliday"):
        return point(ts[0], grain)
    start, end = ts[0], closed_end(ts[1], grain)
    if grain == "Month" and len(start) >= 2:
        start = start[:2]
    if grain == "Year":
        start = start[:1]
    return f"{point(start, grain)}/{point(end, grain)}"


WEEKDAY = re.compile(r"^(?:这|這|今個|今|本)?(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]$")
NEXT_WEEKDAY = re.compile(r"^(?:下|下個|下个)(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]$")
COUNT = re.compile(r"(?:[两兩二三]|两个|兩個|三个|三個)(?:秒|分钟|分鐘|小时|小時|個鐘|天|日|周|週|星期|個禮拜|个月|個月|月|年)(?:之)?(?:前|後|后)$")
LEADING_COUNT = re.compile(r"^(?:前|后|後)(?:[两兩二三])")
SMALL_UNITS = re.compile(r"^(?:上|下)(?:[两兩二三])(?:秒|分钟|分鐘|小时|小時|天)$")
TIME_ALONE = re.compile(r"^(?:下午|晏晝)?(?:[三3]|15)(?:点|點|時|:15|pm|PM|p|:15pm|:15PM|:15p|点十五|點十五)?(?:十五)?$|^\d+pm CET$|^15:15$")
TIME_OF_DAY = re.compile(r"(?:早上|早晨|晚上|晚间|晚)$")


def set_aside(text, kind, grain, value):
    """The reason a case's convention differs from SPEC, or None when it is scored."""
    if grain == "Second" and kind == "datetime":
        return "now"
    if TIME_ALONE.match(text):
        return "time alone"
    if kind in ("datetimeInterval", "datetimeIntervalHoliday") and grain == "Hour" and TIME_OF_DAY.search(text):
        return "time of day without a clock time"
    if "周末" in text or "週末" in text:
        return "weekend as hours"
    anchor_week = iso_week(REFERENCE.date())
    if WEEKDAY.match(text) and kind == "datetime":
        if iso_week(datetime.date.fromisoformat(value)) != anchor_week:
            return "weekday as the next one"
    if NEXT_WEEKDAY.match(text) and kind == "datetime":
        if iso_week(datetime.date.fromisoformat(value)) != iso_week(REFERENCE.date() + datetime.timedelta(weeks=1)):
            return "weekday as the next one"
    if COUNT.search(text) or LEADING_COUNT.match(text) or SMALL_UNITS.match(text):
        return "counts from the anchor"
    if kind == "datetimeHoliday" and not EXPLICIT_YEAR.search(text) and nearest_year(value) != value.split("/")[0]:
        return "year-less holiday in the next year"
    if re.search(r"年頭$|年尾$", text):
        return "parts of a year of another length"
    if kind == "datetimeIntervalHoliday":
        return "a holiday of several days"
    return None


EXPLICIT_YEAR = re.compile(r"\d{4}|[零〇一二三四五六七八九]{4}年|\d+/\d+/\d+")


def spec_value(text, kind, value):
    """The peer's value as SPEC reads the phrase: a year-less date without tense takes the
    year nearest the anchor (the peer: the next occurrence); both ends move together."""
    if kind not in ("datetime", "datetimeInterval") or EXPLICIT_YEAR.search(text) or not re.match(r"^\d{4}-\d\d", value):
        return value
    shift = int(nearest_year(value)[:4]) - int(value[:4])
    if shift == 0:
        return value
    return "/".join(f"{int(part[:4]) + shift:04d}{part[4:]}" for part in value.split("/"))


def nearest_year(value):
    """SPEC's reading of a year-less date without tense: the year nearest the anchor."""
    first = value.split("/")[0]
    m = re.match(r"^(\d{4})-(\d\d)(?:-(\d\d))?(T.*)?$", first)
    if not m:
        return first
    month, day = int(m.group(2)), int(m.group(3) or 15)
    best = None
    for y in (REFERENCE.year - 1, REFERENCE.year, REFERENCE.year + 1):
        try:
            d = datetime.date(y, month, day)
        except ValueError:
            continue
        gap = abs((d - REFERENCE.date()).days)
        if best is None or gap < best[0]:
            best = (gap, y)
    return f"{best[1]:04d}" + first[4:]


def family(text, value):
    """A coarse family for grouping failures."""
    if re.search(r"节|節|日$|圣诞|聖誕|元旦|新春|春节|夜$|新年|三一五", text) and not re.search(r"\d+[号號日]$|[一二三四五六七八九十]+[号號日]$", text):
        return "holiday"
    if "/" in value:
        return "range or interval"
    if re.search(r"W\d\d", value):
        return "week"
    if "T" in value:
        return "time with a day"
    if re.search(r"星期|礼拜|禮拜|周|週", text):
        return "weekday"
    if re.search(r"[/-]", text):
        return "numeric date"
    if re.search(r"[头頭中尾]$", text):
        return "part of a month"
    return "other"


def main():
    args = sys.argv[1:]
    show_all = "--all" in args
    args = [a for a in args if a != "--all"]
    if not args:
        sys.exit("usage: conformance-duckling.py PATH-TO-Corpus.hs [--all]")
    source = open(args[0], encoding="utf-8").read()
    source = re.sub(r"--[^\n]*", "", source)
    cases = []
    for m in BLOCK.finditer(source):
        kind, targs, grain, body = m.groups()
        peer = expected_value(kind, targs, grain)
        for phrase in re.findall(r'"([^"]*)"', body):
            value = spec_value(phrase.strip(), kind, peer)
            cases.append({"id": str(len(cases)), "text": phrase.strip(), "kind": kind, "grain": grain, "value": value, "peer": peer})
    outputs = common.extract(({"id": c["id"], "text": c["text"], "published": PUBLISHED} for c in cases), kinds="dates")
    aside = collections.defaultdict(list)
    failures = collections.defaultdict(list)
    passed = scored = 0
    for c in cases:
        reason = set_aside(c["text"], c["kind"], c["grain"], c["value"])
        if reason:
            aside[reason].append(c)
            continue
        scored += 1
        dates = common.dates(outputs, c["id"])
        whole = common.sole_whole_mention(dates, c["text"])
        if whole and whole["value"] == c["value"]:
            passed += 1
            continue
        failures[family(c["text"], c["value"])].append(f'{c["text"]}: expected {c["value"]}, got {common.describe(dates)}')
    print(f"Duckling ZH corpus {args[0]}: {len(cases)} phrases, {sum(len(v) for v in aside.values())} set aside, {scored} scored")
    print(f"passed: {passed}/{scored} = {100.0 * passed / max(scored, 1):.1f}%")
    print("set aside (convention differs from docs/SPEC.md):")
    for reason, items in sorted(aside.items(), key=lambda kv: -len(kv[1])):
        print(f"  {reason}: {len(items)}" + (": " + ", ".join(i["text"] for i in items) if show_all else ""))
    print("failures by family:")
    for fam, items in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        print(f"  {fam} ({len(items)})")
        for item in items:
            print(f"    {item}")


if __name__ == "__main__":
    main()
