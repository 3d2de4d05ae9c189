/// The rule ids a date mention reports in `rule`: which reading of the text produced it. The id names what the text states —
/// the calendar parts, and how the year is given — not how it is spelled: `2025年12月13日`,
/// `二〇二五年十二月十三日` and `25年12月13日` are all `year-month-day`.
///
/// A year written before the rest gives three families: a stated year (`year-…`: digits,
/// Chinese numerals, two digits whose century the anchor settles), a year relative to the
/// anchor (`relative-year-…`: 今年, 去年, 明年) and a fiscal year (`fiscal-year-…`: 2025财年,
/// FY2026). `DateRule.yearLed(_:_:)` composes them; ranges are named by what they span
/// (`day-range`, `month-range`, …; `DateRule.range(from:)`).
package enum DateRule: String, Sendable, CaseIterable {
  // MARK: A stated year, then what follows it
  /// `2025年`, `二〇二五年`, `2025年度`.
  case year = "dates.year"
  /// `2025年第四季度`, `2025Q4`, `25年Q3`.
  case yearQuarter = "dates.year-quarter"
  /// `2025年上半年`, `2025H1`.
  case yearHalf = "dates.year-half"
  /// `2025年前三季度`, `2025年前10个月`, `2025年1-10月`.
  case yearFirstPeriods = "dates.year-first-periods"
  /// `2026年春节`.
  case yearHoliday = "dates.year-holiday"
  /// `2015年农历十月初一`.
  case yearLunar = "dates.year-lunar"
  /// `2024年夏天`, `1989年秋`: the season's months.
  case yearSeason = "dates.year-season"
  /// `2025年底`, `2026年初`.
  case yearPart = "dates.year-part"
  /// `2025年12月`, `98年5月`.
  case yearMonth = "dates.year-month"
  /// `2025年3月底`, `19年3月下旬`.
  case yearMonthPart = "dates.year-month-part"
  /// `2025年12月13日`, `18年10月1日`.
  case yearMonthDay = "dates.year-month-day"

  // MARK: A year relative to the anchor, then what follows it
  /// `今年`, `去年`, `前年`.
  case relativeYear = "dates.relative-year"
  /// `今年第四季度`.
  case relativeYearQuarter = "dates.relative-year-quarter"
  /// `明年上半年`.
  case relativeYearHalf = "dates.relative-year-half"
  /// `今年前三季度`, `今年1-9月`.
  case relativeYearFirstPeriods = "dates.relative-year-first-periods"
  /// `明年春节`.
  case relativeYearHoliday = "dates.relative-year-holiday"
  /// `明年正月十五`.
  case relativeYearLunar = "dates.relative-year-lunar"
  /// `今年冬天`, `明年春季`.
  case relativeYearSeason = "dates.relative-year-season"
  /// `今年年底`, `明年初`.
  case relativeYearPart = "dates.relative-year-part"
  /// `去年12月`.
  case relativeYearMonth = "dates.relative-year-month"
  /// `明年3月底`.
  case relativeYearMonthPart = "dates.relative-year-month-part"
  /// `去年12月13日`.
  case relativeYearMonthDay = "dates.relative-year-month-day"

  // MARK: A fiscal year, then what follows it
  /// `2025财年`, `FY2026`, `FY26`.
  case fiscalYear = "dates.fiscal-year"
  /// `2026财年第一季度`, `2026财年Q1`.
  case fiscalYearQuarter = "dates.fiscal-year-quarter"
  /// `2025财年上半年`.
  case fiscalYearHalf = "dates.fiscal-year-half"
  /// `2025财年前三季度`.
  case fiscalYearFirstPeriods = "dates.fiscal-year-first-periods"
  /// `2025财年底`.
  case fiscalYearPart = "dates.fiscal-year-part"

  // MARK: Periods longer than a year
  /// `九十年代`, `80年代`, `1980年代`, `70年代末`: a decade (its century the latest the anchor's
  /// year has begun, when not named).
  case decade = "dates.decade"
  /// `20世纪80年代`, `上世纪90年代`.
  case centuryDecade = "dates.century-decade"
  /// `18世纪`, `21世纪初`, `十九世纪中叶`, `上世纪`.
  case century = "dates.century"
  /// `十四五` (2021–2025), `十五五`, `十五计划`.
  case fiveYearPlan = "dates.five-year-plan"

  // MARK: A year counted from the year in focus, then what follows it
  /// `同年`, `次年`, `当年`: the year the text is talking about (2023年5月…同年12月).
  case narrativeYear = "dates.narrative-year"
  /// `同年第四季度`.
  case narrativeYearQuarter = "dates.narrative-year-quarter"
  /// `次年上半年`.
  case narrativeYearHalf = "dates.narrative-year-half"
  /// `次年年末`, `同年底`.
  case narrativeYearPart = "dates.narrative-year-part"
  /// `次年春节`, `同年国庆节`: a holiday of the year the text is talking about.
  case narrativeYearHoliday = "dates.narrative-year-holiday"
  /// `同年12月`.
  case narrativeYearMonth = "dates.narrative-year-month"
  /// `次年3月底`.
  case narrativeYearMonthPart = "dates.narrative-year-month-part"
  /// `次年3月5日`.
  case narrativeYearMonthDay = "dates.narrative-year-month-day"

  // MARK: Ordinal weeks and weekdays
  /// `本月第2周`, `十月的第一周`: the nth week of a month, counted from its first Monday.
  case monthWeek = "dates.month-week"
  /// `十月第一个星期一`, `四月的最后一个星期一`, `6月第3个星期日`.
  case monthNthWeekday = "dates.month-nth-weekday"
  /// `2021年的第一周`, `今年第10周`: ISO 8601 week N of a year.
  case yearWeek = "dates.year-week"
  /// `上两周`, `下两个月`, `上3个季度`: whole units next to the anchor's own, counted.
  case countedUnits = "dates.counted-units"
  /// `2026/27财政年度`, `2025/26课税年度`: a year from April to March (Hong Kong's government).
  case splitFiscalYear = "dates.split-fiscal-year"
  /// `115學年度` in a Taiwanese article: a school year of the Republic of China, August to July.
  case taiwanSchoolYear = "dates.taiwan-school-year"

  // MARK: Numeric and English forms
  /// `2025-12-13`, `2025/12/13`, `2025.12.13` (a time may follow).
  case ymdNumeric = "dates.ymd-numeric"
  /// `2007-05`.
  case ymNumeric = "dates.ym-numeric"
  /// `13.5.2015`, `10/31/1974`: day and month in either order where one of them is above 12.
  case dmyNumeric = "dates.dmy-numeric"
  /// `Nov. 18, 2025`.
  case englishMonthDayYear = "dates.english-mdy"
  /// `December 1`.
  case englishMonthDay = "dates.english-md"
  /// `November 2025`.
  case englishMonthYear = "dates.english-my"
  /// `18 November 2025`.
  case englishDayMonthYear = "dates.english-dmy"
  /// `18 Nov`.
  case englishDayMonth = "dates.english-dm"
  /// The WordPress header `3 2 月, 2026`.
  case dayMonthYearHeader = "dates.day-month-year-header"
  /// `时间:20251110`: a compact date after a date cue.
  case compactDate = "dates.compact-date"

  // MARK: Without a year
  /// `12月`, `十一月`, `12月份`.
  case month = "dates.month"
  /// `12月初`, `3月底`, `12月上旬`.
  case monthPart = "dates.month-part"
  /// `12月13日`, `十二月十三日`, `八月十五`.
  case monthDay = "dates.month-day"
  /// `13日`, `27号`.
  case day = "dates.day"
  /// `第四季度`, `四季度`, `Q4`, `第三财季`.
  case quarter = "dates.quarter"
  /// `Q3 2025`.
  case quarterYear = "dates.quarter-year"
  /// `Q1 FY2026`.
  case quarterFiscalYear = "dates.quarter-fiscal-year"
  /// `上半年`, `下半年`.
  case half = "dates.half"
  /// `前三季度`, `前10个月`, `1-9月`, `一至三季度`.
  case firstPeriods = "dates.first-periods"
  /// `春节`, `国庆节`, `五一`.
  case holiday = "dates.holiday"
  /// `农历正月十五`, `正月初一`, `大年初三`, `闰四月初五`.
  case lunar = "dates.lunar"

  // MARK: Relative to the anchor
  /// `今天`, `昨日`, `明晚8点`.
  case relativeDay = "dates.relative-day"
  /// `昨（5）日`, `今（6）日`: a relative day with its day of the month in parentheses (Taiwan).
  case relativeDayNumbered = "dates.relative-day-numbered"
  /// `本周`, `上周`, `上上周`.
  case relativeWeek = "dates.relative-week"
  /// `上周五`, `下星期三`.
  case relativeWeekDay = "dates.relative-week-day"
  /// `周六`, `星期天` (of the anchor's week).
  case weekday = "dates.weekday"
  /// `周末`, `下周末`: Saturday to Sunday.
  case weekend = "dates.weekend"
  /// `上个月`, `本月`.
  case relativeMonth = "dates.relative-month"
  /// `本月底`, `本月初`.
  case relativeMonthPart = "dates.relative-month-part"
  /// `本月15日`.
  case relativeMonthDay = "dates.relative-month-day"
  /// `上季度`, `本季度`.
  case relativeQuarter = "dates.relative-quarter"
  /// `年底`, `月初`, `年中` (of the anchor's year or month).
  case relativePart = "dates.relative-part"
  /// `5天前`, `两年前`, `3个月之前`, `半年前`, `两小时前`.
  case countedOffset = "dates.counted-offset"

  // MARK: Counted from the date in focus
  /// `当日`, `当天`, `次日`, `翌日`, `前一天`: a day counted from the day the text is talking about.
  case narrativeDay = "dates.narrative-day"
  /// `此前一周`.
  case narrativeWeek = "dates.narrative-week"
  /// `同月`, `当月`, `次月`.
  case narrativeMonth = "dates.narrative-month"
  /// `当季`, `同季度`.
  case narrativeQuarter = "dates.narrative-quarter"
  /// `上年同期`, `去年同期`: the period in focus, a year earlier.
  case samePeriod = "dates.same-period"
  /// `暑运（7月1日至8月31日）`, `今年主汛期（6月至9月）`: a period word glossed with its days takes
  /// the gloss's value.
  case glossedPeriod = "dates.glossed-period"

  // MARK: Ranges, named by what they span
  /// `2024-2026年`, `2024年至2026年`, `2015年和2018年之间`.
  case yearRange = "dates.year-range"
  /// `2024Q1到2025Q4`, `2024年第一季度至2025年第四季度`.
  case quarterRange = "dates.quarter-range"
  /// `2024年上半年至2025年下半年`.
  case halfRange = "dates.half-range"
  /// `3月至5月`, `2024年10月到2025年3月`.
  case monthRange = "dates.month-range"
  /// `12月1日至15日`, `周一至周五`, `昨天至明天`.
  case dayRange = "dates.day-range"
  /// `今晚八点到九点`, `昨天5:00-6:00`, `明天下午两点到五点`: from a time to a later one.
  case timeRange = "dates.time-range"

  // MARK: Intervals open on one side (`dates-open-bounds.tsv`)
  /// `2015年1月1日或之后`, `自2018年以来`, `2024年起`, `2010年之后`: from the date on (`START/..`).
  case openFrom = "dates.open-from"
  /// `2013年及以前`, `2018年以前`, `2014年9月14日之前`: up to the date (`../END`).
  case openUntil = "dates.open-until"

  // MARK: Damaged scrapes (digits run together)
  /// `时间:2025116`: seven digits after a cue; only the year is read (with a warning).
  case compactDateYearOnly = "dates.compact-date-year-only"
  /// `2025月`: the month's digits were lost; only the year is read (with a warning).
  case damagedYearOnly = "dates.damaged-year-only"
  /// `202410月`: 2024年10月.
  case damagedYearMonth = "dates.damaged-year-month"
  /// `627日`: 6月27日, when only one split is possible.
  case damagedMonthDay = "dates.damaged-month-day"
}

extension DateRule {
  /// How a leading year is stated.
  package enum YearForm: Sendable {
    /// Digits, Chinese numerals, or two digits (`2025年`, `二〇二五年`, `25年`).
    case stated
    /// A word relative to the anchor's year (`今年`, `去年`).
    case relative
    /// A fiscal year (`2025财年`, `FY2026`).
    case fiscal
    /// Counted from the year in focus (`同年`, `次年`).
    case narrative
  }

  /// What follows a leading year.
  package enum YearTail: Sendable {
    case none, quarter, half, firstPeriods, holiday, lunar, season, part, month, monthPart, monthDay
  }

  /// The rule of a year followed by `tail`; `nil` where a fiscal year takes no such tail
  /// (a month, a day, a holiday or a lunar date of a fiscal year is not read as one).
  package static func yearLed(_ form: YearForm, _ tail: YearTail) -> DateRule? {
    switch (form, tail) {
    case (.stated, .none): .year
    case (.stated, .quarter): .yearQuarter
    case (.stated, .half): .yearHalf
    case (.stated, .firstPeriods): .yearFirstPeriods
    case (.stated, .holiday): .yearHoliday
    case (.stated, .lunar): .yearLunar
    case (.stated, .season): .yearSeason
    case (.stated, .part): .yearPart
    case (.stated, .month): .yearMonth
    case (.stated, .monthPart): .yearMonthPart
    case (.stated, .monthDay): .yearMonthDay
    case (.relative, .none): .relativeYear
    case (.relative, .quarter): .relativeYearQuarter
    case (.relative, .half): .relativeYearHalf
    case (.relative, .firstPeriods): .relativeYearFirstPeriods
    case (.relative, .holiday): .relativeYearHoliday
    case (.relative, .lunar): .relativeYearLunar
    case (.relative, .season): .relativeYearSeason
    case (.relative, .part): .relativeYearPart
    case (.relative, .month): .relativeYearMonth
    case (.relative, .monthPart): .relativeYearMonthPart
    case (.relative, .monthDay): .relativeYearMonthDay
    case (.fiscal, .none): .fiscalYear
    case (.fiscal, .quarter): .fiscalYearQuarter
    case (.fiscal, .half): .fiscalYearHalf
    case (.fiscal, .firstPeriods): .fiscalYearFirstPeriods
    case (.fiscal, .part): .fiscalYearPart
    case (.fiscal, .holiday), (.fiscal, .lunar), (.fiscal, .season), (.fiscal, .month), (.fiscal, .monthPart), (.fiscal, .monthDay): nil
    case (.narrative, .none): .narrativeYear
    case (.narrative, .quarter): .narrativeYearQuarter
    case (.narrative, .half): .narrativeYearHalf
    case (.narrative, .part): .narrativeYearPart
    case (.narrative, .month): .narrativeYearMonth
    case (.narrative, .monthPart): .narrativeYearMonthPart
    case (.narrative, .monthDay): .narrativeYearMonthDay
    case (.narrative, .holiday): .narrativeYearHoliday
    case (.narrative, .firstPeriods), (.narrative, .lunar), (.narrative, .season): nil
    }
  }

  /// What a month-led rule (`month`, `relative-month-day`, …) adds after a year.
  var monthTail: YearTail? {
    switch self {
    case .month, .relativeMonth, .narrativeMonth: .month
    case .monthPart, .relativeMonthPart: .monthPart
    case .monthDay, .relativeMonthDay: .monthDay
    default: nil
    }
  }

  /// The rule of a range that starts at `start`: named by what it spans.
  static func range(from start: DatePoint) -> DateRule? {
    switch start.body {
    case .calendar(nil, nil): .yearRange
    case .calendar(_, nil): .monthRange
    case .calendar(_, _?), .relativeDay, .week(_, _?): .dayRange
    case .quarter: .quarterRange
    case .half: .halfRange
    default: nil
    }
  }
}
