/// A date as the text states it, before any anchor is applied: what the rules produce and
/// the `DateResolver` reads. Parts the text leaves out are `nil`.
package struct DateExpression: Hashable, Sendable {
  package var start: DatePoint
  /// The end of a range (`3月1日至15日`): parts it leaves out are taken from `start`.
  package var end: DatePoint?
  /// A fiscal period (`2025财年`, `FY2026`).
  package var fiscal: Bool
  /// An interval open on one side, bounded by `start` (`2015年1月1日或之后` = `2015-01-01/..`).
  package var open: OpenInterval?

  package init(_ start: DatePoint, end: DatePoint? = nil, fiscal: Bool = false, open: OpenInterval? = nil) {
    self.start = start; self.end = end; self.fiscal = fiscal; self.open = open
  }
}

/// The side on which an interval is open, and whether its bound belongs to it: `或之后`, `以来`,
/// `起` (from the date on, the date included), `之后`, `以后` (after the date), `或之前`, `及以前`
/// (up to the date, included), `之前`, `以前` (before the date). `looksBack`: the word looks
/// back from the anchor (`以来`, since), so a date without a year is the last one at or before it.
package enum OpenInterval: Hashable, Sendable {
  case from(inclusive: Bool, looksBack: Bool = false)
  case until(inclusive: Bool)
}

/// A year as written: `2025年`, relative to the anchor's year (`去年` = −1), or its last two
/// digits (`18年10月`), whose century the anchor settles.
package enum YearReference: Hashable, Sendable {
  case absolute(Int)
  case relative(Int)
  case twoDigit(Int)
}

/// A month as written: `12月` or relative to the anchor's month (`上个月` = −1).
package enum MonthReference: Hashable, Sendable {
  case absolute(Int)
  case relative(Int)
}

/// A quarter as written: `第四季度` or relative to the anchor's quarter (`上季度` = −1).
package enum QuarterReference: Hashable, Sendable {
  case absolute(Int)
  case relative(Int)
}

/// The beginning, middle or end of a year or month (年初, 年底, 月初, 上旬 …).
package enum PeriodPart: Hashable, Sendable {
  case early, middle, late
  /// 上旬 中旬 下旬: the days 1–10, 11–20, 21–end.
  case firstDekad, secondDekad, thirdDekad
  /// 上半月, 下半月: the days 1–15, 16–end.
  case firstHalf, secondHalf
  /// `本月前9天`, `11月首10日`: the days 1–N of a month (never of a year).
  case firstDays(Int)
}

/// What a year is counted in when an expression names its first few (`前三季度`, `前10个月`).
package enum YearDivision: Hashable, Sendable {
  case month, quarter

  /// How many there are in a year.
  package var perYear: Int { self == .month ? 12 : 4 }
}

/// A time of day (`08:00`, `下午3点`, `14时30分`, `09:15:27`).
///
/// Stored in three small integers (−1: not stated), not three `Int?`: a time rides in every
/// `DatePoint`, which the cursor copies at every position it tries, so its size is speed.
package struct TimeOfDay: Hashable, Sendable {
  private var storedHour: Int16
  private var storedMinute: Int16
  private var storedSecond: Int16

  package var hour: Int {
    get { Int(storedHour) }
    set { storedHour = Int16(clamping: newValue) }
  }
  package var minute: Int? {
    get { storedMinute < 0 ? nil : Int(storedMinute) }
    set { storedMinute = newValue.map { Int16(clamping: $0) } ?? -1 }
  }
  /// Seconds, when stated (`09:15:27`): kept in a publication stamp; a mention's value stops
  /// at the minute.
  package var second: Int? {
    get { storedSecond < 0 ? nil : Int(storedSecond) }
    set { storedSecond = newValue.map { Int16(clamping: $0) } ?? -1 }
  }
  package init(hour: Int, minute: Int?, second: Int? = nil) {
    storedHour = Int16(clamping: hour)
    storedMinute = minute.map { Int16(clamping: $0) } ?? -1
    storedSecond = second.map { Int16(clamping: $0) } ?? -1
  }
}

/// One calendar point (or period) of an expression.
package struct DatePoint: Hashable, Sendable {
  package enum Body: Hashable, Sendable {
    /// Year (from `year`), month and day as far as stated: `2025年12月13日`, `12月`, `13日`.
    case calendar(month: MonthReference?, day: Int?)
    /// `今天` 0, `昨天` −1, `明天` +1.
    case relativeDay(Int)
    /// `两小时前` −120, `30分钟前` −30: minutes from the anchor's time.
    case relativeMinutes(Int)
    /// `两个半月前` −2, `两个半月后` 2: the month holding the day that many months and 15 days
    /// before (after) the anchor.
    case monthsAndAHalf(Int)
    /// `本周` 0, `上周` −1; with a weekday (1 = Monday … 7 = Sunday) the day itself.
    case week(offset: Int, weekday: Int?)
    case quarter(QuarterReference)
    /// 1 = 上半年, 2 = 下半年.
    case half(Int)
    /// A named holiday (`春节`, `国庆节`).
    case holiday(Holiday)
    /// A day of the Chinese calendar (`农历正月十五`), or without a day the whole month
    /// (`农历十月`, `闰四月`, `腊月`).
    case lunar(month: Int, day: Int?, leap: Bool)
    /// `年初`, `年底`, `年中`.
    case yearPart(PeriodPart)
    /// `月初`, `3月底`, `上旬`.
    case monthPart(MonthReference, PeriodPart)
    /// The first `count` months or quarters of a year (`前三季度` = Q1–Q3, `前10个月`).
    case firstPeriods(YearDivision, count: Int)
    /// The last `count` months or quarters of a year (`2021年的最后4个月` = September–December).
    case lastPeriods(YearDivision, count: Int)
    /// A decade, a century or years named outright, or a part of one (`80年代`, `21世纪初`, `十四五`).
    case years(YearSpan)
    /// A season of a year, by months: 1 spring (3–5), 2 summer (6–8), 3 autumn (9–11), 4 winter
    /// (December and the next January and February).
    case season(Int)
    /// The `nth` week (Monday to Sunday) of a month, counted from its first Monday, or of a
    /// year (ISO 8601 week `nth`) when `month` is nil
    /// (`本月第2周`, `十月的第一周`, `2021年的第一周`).
    case weekOf(month: MonthReference?, nth: Int)
    /// The `nth` (−1: the last) `weekday` of a month (`十月第一个星期一`, `四月的最后一个星期一`).
    case nthWeekday(month: MonthReference, nth: Int, weekday: Int)
    /// The period in focus moved by `yearOffset` years (`上年同期`, `去年同期`: −1); with no
    /// period in focus, the anchor's year moved so.
    case samePeriod(yearOffset: Int)
  }

  /// What the relative parts count from.
  package enum Basis: Hashable, Sendable {
    /// The anchor of the document or section (今天, 去年, 上周).
    case anchor
    /// The date the text is talking about (当日, 次日, 同年, 次年, 同月, 当季, 上年同期): the
    /// extractor passes that date as the anchor, or the document's when there is none.
    case focus
  }

  package var year: YearReference?
  package var body: Body
  package var time: TimeOfDay?
  package var basis: Basis

  package init(year: YearReference? = nil, _ body: Body, time: TimeOfDay? = nil, basis: Basis = .anchor) {
    self.year = year; self.body = body; self.time = time; self.basis = basis
  }
}

/// A holiday: how its date is found in a given year. (Its name is the mention's text; a
/// holiday holds plain values only, so date points copy without reference counting.)
package struct Holiday: Hashable, Sendable {
  package enum Rule: Hashable, Sendable {
    /// A fixed Gregorian day (`元旦` 1-1).
    case gregorian(month: Int, day: Int)
    /// A fixed day of the Chinese calendar (`中秋节` 8-15).
    case lunar(month: Int, day: Int)
    /// The day before a day of the Chinese calendar (`除夕`: the eve of 1-1).
    case lunarEve(month: Int, day: Int)
    /// The solar term 清明 (pure brightness, about April 5).
    case qingming
    /// The `nth` `weekday` (1 = Monday … 7 = Sunday) of `month` (母亲节: the 2nd Sunday of May),
    /// and `days` after it (黑五: the day after the 4th Thursday of November).
    /// (Small integers: a holiday rides in every `DatePoint`, whose size is speed.)
    case nthWeekday(month: Int8, nth: Int8, weekday: Int8, days: Int8 = 0)
    /// A solar term, 0 = 小寒 … 6 = 清明 … 23 = 冬至 (`dates-solar-terms.tsv`).
    case solarTerm(Int)
    /// A day of the Hebrew or Islamic calendar (ICU's 0-based month).
    case world(WorldCalendar, month: Int, day: Int)
    /// `days` after Western (or Orthodox) Easter Sunday (复活节星期一 +1, 耶稣受难日 −2).
    case easter(orthodox: Bool, days: Int)
    /// Israel's Independence Day: 5 Iyar, moved off Friday and Saturday to the Thursday before
    /// and off Monday to Tuesday.
    case israelIndependence
    /// A golden week without its holiday (黄金周): the days off of Labour Day or of National Day,
    /// whichever lies nearer the anchor.
    case goldenWeek
  }
  package var rule: Rule
  /// For the official days off of a mainland holiday (国庆假期): the holiday whose periods
  /// (`dates-holiday-periods.tsv`) give the value; years the table lacks give the day.
  package var officialPeriod: OfficialHoliday?
  /// For such a period in a year the table lacks: the days off as customarily arranged, counted
  /// from the holiday's day (国庆假期: 7, 1–7 October).
  package var customaryDays: Int?
  /// `春节前夕`, `国庆前夕`: the eve of the holiday, given as the month that holds the day before it.
  package var eve = false
  /// `春节档`, `国庆档期`: a film or sales season named after the holiday, given as the month that
  /// holds the holiday.
  package var season = false
  /// Named in a Taiwanese article: its days off are Taiwan's (`dates-holiday-periods-tw.tsv`: 春節連假 2026 =
  /// 14–22 February), or its day where that table lacks the holiday or the year — never the mainland's.
  package var taiwan = false
  package init(rule: Rule, officialPeriod: OfficialHoliday? = nil, customaryDays: Int? = nil) {
    self.rule = rule
    self.officialPeriod = officialPeriod
    self.customaryDays = customaryDays
  }
}

/// The mainland holidays with official days off, named as in `dates-holidays.tsv` and
/// `dates-holiday-periods.tsv`.
package enum OfficialHoliday: String, Hashable, Sendable, CaseIterable {
  case newYear = "元旦", springFestival = "春节", qingming = "清明节", labourDay = "劳动节", dragonBoat = "端午节", midAutumn = "中秋节", nationalDay = "国庆节"
}
