#!/usr/bin/env python3
"""Generates the three date tables of the Chinese civil calendar from PyPI packages.

    python3 -m venv /tmp/cc && /tmp/cc/bin/pip install chinesecalendar==1.11.0 ephem==4.2.1 borax==4.1.3
    /tmp/cc/bin/python Scripts/generate-chinese-calendar-tables.py
    python3 Scripts/embed-lexicons.py

- `Lexicons/dates-holiday-periods.tsv`: mainland China's official holiday periods (the days off
  the State Council announces each year: 国庆假期 2024 = 2024-10-01 … 2024-10-07), for the years
  the package covers. A period is a run of consecutive days off that holds at least one day of
  the holiday: the package's holidays, joined by the ordinary weekend days next to them that are
  not made working days (2024's 端午 holiday lists only Monday 10 June; the break ran from
  Saturday the 8th). Where two holidays share one break (中秋 and 国庆 in 2023: 9-29 … 10-06),
  both get the whole break. A break is filed under the year of its holiday's last day (元旦 2024
  began on 2023-12-30).
- `Lexicons/dates-solar-terms.tsv`: the Gregorian day (UTC+8, the calendar's own zone) of each of
  the 24 solar terms, 1900–2100, one row per year: the day of the month of 小寒, 大寒 (January),
  立春, 雨水 (February) … 大雪, 冬至 (December), in that order. A term is the instant the Sun's
  apparent geocentric ecliptic longitude (true equinox of date) reaches a multiple of 15°, found
  with `ephem` (PyEphem, VSOP87; within a minute of the Purple Mountain Observatory's published
  instants: 2025's 冬至 23:02:51 against 23:03:13). `chinesecalendar`'s own solar terms (an
  approximation formula with corrections) are not used: they put 立秋 on 27–28 August in every
  year of the 20th century. The script prints where the two differ in 2001–2100.
- `Lexicons/dates-chinese-months.tsv`: the months of the Chinese calendar, 1900–2100, one row
  per Chinese year: the Gregorian day of its New Year, its leap month (0 for none) and the length
  of each month in order (a leap month right after the month it repeats), from `borax`'s
  `LCalendars` (its table follows the Hong Kong Observatory's). ICU's own Chinese calendar
  computes new moons with an approximation that misses by minutes: it starts 18 months of
  1901–2099 a day off, among them the New Years of 2027 (it says 7 February; the new moon falls
  at 23:56 Beijing time on the 6th) and 2030, so the resolver reads this table and asks ICU only
  outside it. The script checks every month start against the day (UTC+8) of the new moon that
  `ephem` computes and prints where they differ.

Source, version, licence and years covered are recorded in `Lexicons/README.md`.
"""
import datetime
import pathlib
import sys

import math

try:
    import borax
    import chinese_calendar
    import ephem
    from borax.calendars.lunardate import LCalendars, LunarDate
    from chinese_calendar import constants
except ImportError:
    sys.exit("needs the PyPI packages chinesecalendar, ephem and borax (pip install chinesecalendar==1.11.0 ephem==4.2.1 borax==4.1.3): see this script's docstring")

root = pathlib.Path(__file__).resolve().parent.parent
lexicons = root / "Lexicons"
version = getattr(chinese_calendar, "__version__", None) or "1.11.0"

# The package's holidays → the names of the same holidays in Lexicons/dates-holidays.tsv.
names = {
    constants.Holiday.new_years_day.value: "元旦",
    constants.Holiday.spring_festival.value: "春节",
    constants.Holiday.tomb_sweeping_day.value: "清明节",
    constants.Holiday.labour_day.value: "劳动节",
    constants.Holiday.dragon_boat_festival.value: "端午节",
    constants.Holiday.national_day.value: "国庆节",
    constants.Holiday.mid_autumn_festival.value: "中秋节",
}


def day_off(day):
    """A day off: a holiday, or a Saturday or Sunday not made a working day."""
    return day in constants.holidays or (day.weekday() >= 5 and day not in constants.workdays)


def holiday_periods():
    rows = set()
    seen = set()
    one = datetime.timedelta(days=1)
    for day in sorted(constants.holidays):
        if day in seen:
            continue
        first = last = day
        while day_off(first - one):
            first -= one
        while day_off(last + one):
            last += one
        run = []
        d = first
        while d <= last:
            seen.add(d)
            run.append(d)
            d += one
        labelled = {}
        for d in run:
            name = names.get(constants.holidays.get(d))
            if name:
                labelled[name] = max(labelled.get(name, d), d)
        for name, latest in labelled.items():
            rows.add(f"{name}\t{latest.year}\t{first.isoformat()}\t{last.isoformat()}")
    years = sorted({d.year for d in constants.holidays})
    return sorted(rows), years


def apparent_longitude(t):
    sun = ephem.Sun(t)
    return float(ephem.Ecliptic(ephem.Equatorial(sun.g_ra, sun.g_dec, epoch=t), epoch=t).lon)


def term_day(year, index):
    """The UTC+8 date of solar term `index` (0 = 小寒 at 285° … 23 = 冬至 at 270°) in `year`."""
    target = math.radians((285 + 15 * index) % 360)
    t = ephem.Date(datetime.datetime(year, 1, 6)) + index * 365.2422 / 24
    for _ in range(60):
        miss = (target - apparent_longitude(t) + math.pi) % (2 * math.pi) - math.pi
        t = ephem.Date(t + miss / (2 * math.pi) * 365.2422)
        if abs(miss) < 1e-10:
            break
    day = ephem.Date(t + 8 * ephem.hour).datetime().date()
    if day.year != year or day.month != index // 2 + 1:
        sys.exit(f"{year}: term {index} fell on {day}, outside its month")
    return day


def solar_terms():
    rows = []
    for year in range(1900, 2101):
        days = [term_day(year, i) for i in range(24)]
        if year > 2000:
            theirs = [d for d, _ in chinese_calendar.get_solar_terms(datetime.date(year, 1, 1), datetime.date(year, 12, 31))]
            for ours, other in zip(days, theirs):
                if ours != other:
                    print(f"  {year}: ephem {ours}, chinesecalendar {other}")
        rows.append(f"{year}\t" + " ".join(f"{d.day:02d}" for d in days))
    return rows


def chinese_months():
    rows = []
    for year in range(1900, 2101):
        first = LunarDate(year, 1, 1).to_solar_date()
        months = list(LCalendars.iter_year_month(year))
        leap = next((m for m, _, is_leap in months if is_leap), 0)
        day = first
        for month, length, is_leap in months:
            new_moon = ephem.Date(ephem.next_new_moon(ephem.Date(day - datetime.timedelta(days=3))) + 8 * ephem.hour).datetime().date()
            if new_moon != day:
                print(f"  {year} month {month}{'+' if is_leap else ''}: borax {day}, ephem new moon (UTC+8) {new_moon}")
            day += datetime.timedelta(days=length)
        rows.append(f"{year}\t{first.isoformat()}\t{leap}\t" + " ".join(str(length) for _, length, _ in months))
    return rows


def write(name, header, rows):
    text = "\n".join([f"# File: {name}", *header, *rows]) + "\n"
    (lexicons / name).write_text(text, encoding="utf-8")
    print(f"wrote Lexicons/{name} ({len(rows)} rows)")


periods, years = holiday_periods()
write("dates-holiday-periods.tsv", [
    "# Format: holiday<TAB>year<TAB>first-day<TAB>last-day   (the official days off of a mainland Chinese holiday in that year; holiday = its name in dates-holidays.tsv)",
    "# Used by: DateResolver (holiday periods: 国庆假期, 春节长假 …)",
    f"# Source: generated by Scripts/generate-chinese-calendar-tables.py from the PyPI package chinesecalendar {version} (MIT), years {years[0]}–{years[-1]}; do not edit by hand",
], periods)
write("dates-solar-terms.tsv", [
    "# Format: year<TAB>the day of the month (UTC+8) of the 24 solar terms in calendar order: 小寒 大寒 (January) 立春 雨水 惊蛰 春分 清明 谷雨 立夏 小满 芒种 夏至 小暑 大暑 立秋 处暑 白露 秋分 寒露 霜降 立冬 小雪 大雪 冬至 (December)",
    "# Used by: DateResolver (solar terms: 冬至, 立春, 清明 …)",
    f"# Source: generated by Scripts/generate-chinese-calendar-tables.py with the PyPI package ephem {ephem.__version__} (MIT), years 1900–2100; do not edit by hand",
], solar_terms())
write("dates-chinese-months.tsv", [
    "# Format: year<TAB>new-year<TAB>leap-month<TAB>month-lengths   (the Chinese year that begins in that Gregorian year: the Gregorian day of its 正月初一, the month it repeats as a leap month (0: none), and the days of each month in order, 29 or 30, a leap month right after the month it repeats)",
    "# Used by: ChineseCalendar (lunar dates and holidays: 春节, 中秋节, 正月十五 …); outside 1900–2100 ICU computes them",
    f"# Source: generated by Scripts/generate-chinese-calendar-tables.py from the PyPI package borax {borax.__version__} (MIT), years 1900–2100; do not edit by hand",
], chinese_months())
