#!/usr/bin/env python3
"""Date conformance against JioNLP's time-parser tests (a local measure, issue 17).

Usage: ZHEXTRACT_BIN=BIN python3 Scripts/conformance-jionlp.py PATH [--all]

PATH is a copy of `test/test_time_parser.py` of JioNLP (github.com/dongrixinyu/JioNLP,
Apache-2.0) kept OUTSIDE this repository (e.g. /work/peer-suites/jionlp-time-parser-tests.py);
nothing of it is copied here. The script reads its `time_string_list` with Python's `ast`
(never executing it): each case is `[phrase, time_base, expected]`, the expectation a
`type` (time_point, time_span, time_delta, time_period) and a closed interval of seconds
`[start, end]` (`-inf`/`inf` for an open side). Every phrase is extracted alone, its base as
`published`:
- a Unix time stamp as the local time of mainland China (UTC+8), as the tests were written
  (`_ts_1` = 1623604000 → 2021-06-14T01:06:40);
- a list or a dict `[2019, 2, 18, 7]`, `{'year': 2021, 'month': 7}` as that date and time;
  SPEC's anchor needs a day, so a base without one (a year, or a year and a month) is passed
  as the middle day of that period (2021-07-02, 2021-07-16): the peer reads a year-less date
  in the base's year, and so does SPEC from any day near the middle of it;
- `time.time()` (the peer's clock) as `_ts_1`: those phrases state their year.

A case with a time_point or time_span passes when exactly one date mention covers the whole
phrase and its value, read as a closed interval (a day → 00:00 to 23:59, `2021-Q1` → January
1 to March 31, `2021-W24` → Monday to Sunday, a time → its minute or, at grain `hour`, its
hour), has the peer's start and end to the minute. An open side `..` matches the peer's
`-inf`/`inf`, and also a side the peer closes at the base time (起, 以来, 至今: `[start,
base]`), which SPEC leaves open or ends on the anchor's day. A time_delta (a duration)
passes when no date is found: SPEC says durations are no dates, as the peer does.

Cases whose convention differs from docs/SPEC.md are set aside (counted, listed with --all),
never scored — the reasons:
- recurring times (每年9月, 每周三, 每隔3天, the peer's time_period): SPEC gives no value to a set.
- time alone (15:37, 早上7点, 夜里12点, 9~12点半, 35:37): SPEC reads a clock time only with a day.
- time of day without a clock time (周二早上, 白天, 午后, 当日午夜, 夜间至次日上午, 第三天上午):
  the peer's 06–10 / 13–15 hours are its own; SPEC gives no interval to 早上 or 午后.
- seconds (2019-05-27 09:36:46, 7月4日晚上7点09分18秒): SPEC's finest grain is the minute.
- a bare number (2018, 十一): SPEC reads a year with 年 (or in a dateline), 十一 as a number.
- before a date (2025年前, 明年6月之前, 年底前, 8月初前, 下月15号下午6点前): the peer counts from the
  base up to the date and includes it (2025年前 → to 2025-12-31); SPEC's 之前/以前 leave the
  date out (`../2024`), and `2025年前` is as often "2025 years ago" or the Spring Festival.
- counts measured from the base that SPEC reads otherwise:
  - durations from the base (未来7天, 今后10年, 近30天, 过去的一周, 过两天, 再过半个小时, 前两周,
    第三天起, 第七年) and open intervals from a count (一年半以前, 20天以后, 17天内, 3年半以来):
    SPEC's durations (`三年内`, `未来三天`, `近三月`, `过去十年`) are no dates;
  - vague counts (二十几年前, 1000多年之后, 十个多月后): no dates in SPEC (`近几个月`, `前几天`);
  - counts of hours and minutes (6个小时前, 半小时前, 一刻钟后): the peer gives the unit's window
    before the point (6个小时前 at 07:00 → 00:00–01:00), SPEC the hour or minute itself;
  - counts forward alone (3年后, 20天后, 七年后): SPEC reads a count forward only after a word
    of the future (计划三年后 → from the anchor) and leaves it alone otherwise (in news it counts
    from an event whose date is seldom stated);
  - counts back from a base without a day (3年半前 from [2019, 5]): the peer counts from the
    period's first day, which SPEC's anchor cannot state.
  - a count and a half back (两个半月前): the peer gives a window of one unit around the point
    (Feb 27 to Mar 30), SPEC the month holding it (`2021-03`).
  Counts back from a day (三年前 → 2018, 两周前) are scored.
- parts of a month and seasons by the peer's own table (本月初 → days 1–5, 2018年10月底 → 25–31,
  二零二二年伊始 → January, 去年暑假 → Jul–Aug, 2021年春 → 立春 to 立夏, 冬季, 九月下旬 → the 11th to
  the end): SPEC's 月初/月底 are ten days, its seasons meteorological months, its 下旬 the 21st
  to the end; 年初/年底 and 上旬 agree and are scored.
- year-less date in the base's year (9月30日 from 2008-03-13 → 2008-09-30, 腊月初十 from mid-2022
  → 2023-01-01): SPEC takes, without a year in focus or a tense, the year nearest the anchor
  (2007-09-30); set aside only where the two years differ.
- solar term after a year (2017年大寒 → 2018-01-20): the peer counts the term in the
  agricultural year that begins at 立春; SPEC reads the year as the calendar year.
- a list of days (9月10号，11号，12号，13号 → one interval): SPEC gives each day its own mention.
- the peer's year 10 and 35:37 (a time stamp of 10 seconds, an invalid clock time): no date.

Prints the pass rate over the scored cases and the failing cases grouped by the peer's
comment heading.
"""
import ast
import calendar
import collections
import datetime
import re
import sys

import conformance_common as common

CHINA = datetime.timezone(datetime.timedelta(hours=8))
TS_1 = 1623604000


def literal(node, names):
    """The value of an expression of the test list: literals, `_ts_1`, `datetime.datetime(…)`,
    `time.time()` (as _ts_1). Anything else is an error: the file is read, never run."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.List):
        return [literal(e, names) for e in node.elts]
    if isinstance(node, ast.Dict):
        return {literal(k, names): literal(v, names) for k, v in zip(node.keys, node.values)}
    if isinstance(node, ast.Name) and node.id in names:
        return names[node.id]
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -literal(node.operand, names)
    if isinstance(node, ast.Call):
        name = ast.unparse(node.func)
        if name == "time.time":
            return TS_1
        if name == "datetime.datetime":
            return datetime.datetime(*[literal(a, names) for a in node.args])
    raise ValueError(f"unexpected expression in the test list: {ast.unparse(node)}")


def read_cases(path):
    """[(heading, phrase, base, expected)] from the file's `time_string_list`, with the comment
    line above each group as its heading."""
    source = open(path, encoding="utf-8").read()
    tree = ast.parse(source)
    names = {}
    cases = []
    headings = {}
    heading = ""
    for number, line in enumerate(source.splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("# ") and not stripped.startswith("# ["):
            heading = stripped[2:].strip()
        headings[number] = heading
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            name = node.targets[0].id
            if name.startswith("_ts_"):
                names[name] = literal(node.value, names)
            elif name == "time_string_list":
                for item in node.value.elts:
                    phrase, base, expected = (literal(e, names) for e in item.elts)
                    cases.append((headings.get(item.lineno, ""), phrase, base, expected))
    return cases


def base_datetime(base):
    """(published string, the base as a datetime or None, whether it names a day)."""
    if base is None:
        return None, None, False
    if isinstance(base, (int, float)):
        moment = datetime.datetime.fromtimestamp(base, CHINA).replace(tzinfo=None)
        return moment.strftime("%Y-%m-%dT%H:%M:%S"), moment, True
    if isinstance(base, datetime.datetime):
        return base.strftime("%Y-%m-%dT%H:%M:%S"), base, True
    if isinstance(base, dict):
        keys = ("year", "month", "day", "hour", "minute", "second")
        base = [base[k] for k in keys if k in base]
    parts = list(base)
    if len(parts) == 1:
        moment = datetime.datetime(parts[0], 7, 2)
        return moment.strftime("%Y-%m-%d"), datetime.datetime(parts[0], 1, 1), False
    if len(parts) == 2:
        moment = datetime.datetime(parts[0], parts[1], 16)
        return moment.strftime("%Y-%m-%d"), datetime.datetime(parts[0], parts[1], 1), False
    moment = datetime.datetime(*parts)
    if len(parts) == 3:
        return moment.strftime("%Y-%m-%d"), moment, True
    return moment.strftime("%Y-%m-%dT%H:%M:%S"), moment, True


def month_end(year, month):
    return calendar.monthrange(year, month)[1]


def part_interval(part, grain):
    """The closed interval (start, end) of one ISO part as 'YYYY-MM-DD HH:MM', or None."""
    if "X" in part:
        return None
    m = re.fullmatch(r"(-?\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d)", part)
    if m:
        y, mo, d, h, mi = map(int, m.groups())
        if grain == "hour":
            return f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:00", f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:59"
        return (f"{y:04d}-{mo:02d}-{d:02d} {h:02d}:{mi:02d}",) * 2
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", part)
    if m:
        y, mo, d = map(int, m.groups())
        return f"{y:04d}-{mo:02d}-{d:02d} 00:00", f"{y:04d}-{mo:02d}-{d:02d} 23:59"
    m = re.fullmatch(r"(\d{4})-W(\d\d)", part)
    if m:
        monday = datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        sunday = monday + datetime.timedelta(days=6)
        return f"{monday} 00:00", f"{sunday} 23:59"
    m = re.fullmatch(r"(\d{4})-(Q|H)(\d)", part)
    if m:
        y, size = int(m.group(1)), 3 if m.group(2) == "Q" else 6
        first = (int(m.group(3)) - 1) * size + 1
        last = first + size - 1
        return f"{y:04d}-{first:02d}-01 00:00", f"{y:04d}-{last:02d}-{month_end(y, last):02d} 23:59"
    m = re.fullmatch(r"(\d{4})-(\d\d)", part)
    if m:
        y, mo = map(int, m.groups())
        return f"{y:04d}-{mo:02d}-01 00:00", f"{y:04d}-{mo:02d}-{month_end(y, mo):02d} 23:59"
    m = re.fullmatch(r"(\d{4})", part)
    if m:
        return f"{part}-01-01 00:00", f"{part}-12-31 23:59"
    return None


def value_interval(value, grain):
    """A SPEC value as (start, end), each 'YYYY-MM-DD HH:MM' or '..'; None when unknown."""
    if "/" not in value:
        return part_interval(value, grain)
    first, last = value.split("/", 1)
    start = ".." if first == ".." else part_interval(first, "minute")
    end = ".." if last == ".." else part_interval(last, "minute")
    if start is None or end is None:
        return None
    return (start if start == ".." else start[0]), (end if end == ".." else end[1])


def minute(stamp):
    return stamp if stamp in ("-inf", "inf") else stamp[:16]


def side_matches(ours, peer, base, ours_part=None):
    """One side: ours ('..' or a minute) against the peer's (a minute, ±inf or the base)."""
    if peer in ("-inf", "inf"):
        return ours == ".."
    if base is not None and peer == base.strftime("%Y-%m-%d %H:%M"):
        return ours == ".." or ours == peer or (ours_part is not None and ours_part[0] <= peer <= ours_part[1])
    return ours == peer


BARE_NUMBER = re.compile(r"^(?:\d+|[一二三四五六七八九十]+)$")
TIME_ALONE = re.compile(r"^(?:早上|晚上|夜里|中午|下午)?[\d一二三四五六七八九十]+(?:[:：]\d\d)?(?:点|時|时)?(?:半|多钟)?"
                        r"(?:[~—-]+[\d]+(?:点半?|[:：]\d\d))?$")
TIME_OF_DAY = re.compile(r"早上$|白天|午后|午夜|夜间|上午$")
SECONDS = re.compile(r"秒|\d\d:\d\d:\d\d")
NUMBER = r"[\d一二两三四五六七八九十百千几多半]+"
COUNT = (r"(?:" + NUMBER + r"(?:个|個)[多半]?月半?|半个?月|" + NUMBER
         + r"(?:个|個)?多?(?:年|季度|周|星期|天|日|小时|钟头|分钟|分|秒|刻钟|交易日|工作日)半?钟?)")
COUNT_OPEN = re.compile(COUNT + r"(?:以前|之前|以后|之后|以內|以内|之内|内|以来)$")
COUNT_FUZZY = re.compile(r"[几多][个年月天]|多年")
COUNT_SMALL_UNITS = re.compile(r"(?:小时|钟头|分钟|刻钟|分半钟)(?:前|后)$")
DURATION_WORDS = re.compile(r"^(?:未来|今后|近|过去|过|再过|前两|第)")
BEFORE = re.compile(r"(?:之前|以前|前)$")
PEER_TABLE = re.compile(r"春$|夏季$|冬季$|月初$|月底$|伊始$|暑假$|下旬$")
SOLAR_TERM_AFTER_YEAR = re.compile(r"年(?:大寒|小寒)$")
DAY_LIST = re.compile(r"[号日][，,、]\d+[号日]")


def nearer_year_elsewhere(phrase, expected, moment):
    """Whether SPEC's reading of a year-less phrase (the year nearest the base) puts the peer's
    day in another year than the peer does (the peer: the base's year)."""
    if moment is None or re.search(r"年|世纪|\d{4}", phrase) or expected["time"][0] in ("-inf", "inf"):
        return False
    start = datetime.datetime.strptime(expected["time"][0], "%Y-%m-%d %H:%M:%S")
    gaps = []
    for shift in (-1, 0, 1):
        try:
            gaps.append((abs((start.replace(year=start.year + shift) - moment).days), shift))
        except ValueError:
            continue
    return min(gaps)[1] != 0


def set_aside(phrase, kind, expected, base, moment=None):
    """The reason a case's convention differs from SPEC, or None when it is scored."""
    if kind == "time_period":
        return "recurring times"
    if base == 10 or phrase == "35:37":
        return "the peer's year 10 and 35:37"
    if kind == "time_delta":
        return None
    if BARE_NUMBER.match(phrase):
        return "a bare number"
    if TIME_ALONE.match(phrase):
        return "time alone"
    if TIME_OF_DAY.search(phrase):
        return "time of day without a clock time"
    if SECONDS.search(phrase):
        return "seconds"
    if DAY_LIST.search(phrase):
        return "a list of days"
    if SOLAR_TERM_AFTER_YEAR.search(phrase):
        return "solar term after a year"
    if DURATION_WORDS.search(phrase):
        return "durations from the base"
    if COUNT_FUZZY.search(phrase):
        return "vague counts"
    if COUNT_SMALL_UNITS.search(phrase):
        return "counts of hours and minutes"
    if COUNT_OPEN.search(phrase):
        return "open intervals from a count"
    if re.fullmatch(COUNT + r"前", phrase) and "半" in phrase:
        return "a count and a half back"
    if re.fullmatch(COUNT + r"(?:后|後)", phrase):
        return "counts forward"
    if re.fullmatch(COUNT + r"前", phrase) and not re.match(r"\d{4}", phrase):
        return "counts from a base without a day" if isinstance(base, (list, dict)) and len(base) < 3 else None
    if BEFORE.search(phrase) or re.search(r"\d{4}年前$|[零〇一二三四五六七八九]{4}年前$", phrase):
        return "before a date"
    if PEER_TABLE.search(phrase):
        return "parts and seasons by the peer's own table"
    if not re.search(r"[上下本这今明去前后同当次]", phrase) and nearer_year_elsewhere(phrase, expected, moment):
        return "year-less date in the base's year"
    return None


def main():
    args = sys.argv[1:]
    show_all = "--all" in args
    args = [a for a in args if a != "--all"]
    if not args:
        sys.exit("usage: conformance-jionlp.py PATH-TO-test_time_parser.py [--all]")
    cases = []
    for index, (heading, phrase, base, expected) in enumerate(read_cases(args[0])):
        published, moment, _ = base_datetime(base)
        cases.append({"id": str(index), "heading": heading, "text": phrase, "published": published,
                      "base": moment, "kind": expected["type"], "expected": expected, "raw_base": base})
    records = [{"id": c["id"], "text": c["text"], **({"published": c["published"]} if c["published"] else {})} for c in cases]
    outputs = common.extract(records, kinds="dates")
    aside = collections.defaultdict(list)
    failures = collections.defaultdict(list)
    passed = scored = 0
    by_kind = collections.Counter()
    for c in cases:
        published = datetime.datetime.fromisoformat(c["published"]) if c["published"] else None
        reason = set_aside(c["text"], c["kind"], c["expected"], c["raw_base"], published)
        if reason:
            aside[reason].append(c)
            continue
        scored += 1
        mentions = common.dates(outputs, c["id"])
        if c["kind"] == "time_delta":
            if not mentions:
                passed += 1
                by_kind["time_delta"] += 1
                continue
            failures["durations (no date expected)"].append(f'{c["text"]}: expected no date, got {common.describe(mentions)}')
            continue
        peer_start, peer_end = (minute(t) for t in c["expected"]["time"])
        whole = common.sole_whole_mention(mentions, c["text"])
        ok = False
        if whole:
            ours = value_interval(whole["value"], whole["grain"])
            if ours:
                first, last = (whole["value"].split("/", 1) + [None])[:2] if "/" in whole["value"] else (whole["value"], whole["value"])
                first_part = None if first == ".." else part_interval(first, whole["grain"] if "/" not in whole["value"] else "minute")
                last_part = None if last == ".." else part_interval(last, whole["grain"] if "/" not in whole["value"] else "minute")
                ok = side_matches(ours[0], peer_start, c["base"], first_part) and side_matches(ours[1], peer_end, c["base"], last_part)
        if ok:
            passed += 1
            by_kind[c["kind"]] += 1
            continue
        failures[c["heading"] or "other"].append(
            f'{c["text"]} (base {c["published"]}): expected {peer_start} … {peer_end}, got {common.describe(mentions)}')
    print(f"JioNLP time-parser tests {args[0]}: {len(cases)} cases, {sum(len(v) for v in aside.values())} set aside, {scored} scored")
    print(f"passed: {passed}/{scored} = {100.0 * passed / max(scored, 1):.1f}%  (by the peer's type: {dict(by_kind)})")
    print("set aside (convention differs from docs/SPEC.md):")
    for reason, items in sorted(aside.items(), key=lambda kv: -len(kv[1])):
        print(f"  {reason}: {len(items)}" + (": " + ", ".join(i["text"] for i in items) if show_all else ""))
    print("failures by the peer's heading:")
    for heading, items in sorted(failures.items(), key=lambda kv: -len(kv[1])):
        print(f"  {heading} ({len(items)})")
        for item in items:
            print(f"    {item}")


if __name__ == "__main__":
    main()
