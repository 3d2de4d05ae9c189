/// The rows of the date word tables, as `LexiconReader` reads them.

/// `dates-relative.tsv`: words relative to the anchor (今天, 上周, 本月, 去年), week words that
/// need a weekday (周, 星期), halves (上半年) and parts of a year or month (初, 底, 上旬).
struct DateRelativeRow: LexiconRow {
  enum Kind: String, CaseIterable { case day, week, month, quarter, year, fiscalYear = "fiscal-year", weekday, half, part, none }
  static let table = "dates-relative.tsv"
  static let columns = 3...3
  let surface: [Unicode.Scalar]
  let word: DateVocabulary.Word
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    let kind: Kind = try fields.choice(1, "kind")
    switch kind {
    case .day: word = .day(try fields.integer(2, "offset"))
    case .week: word = .week(try fields.integer(2, "offset"))
    case .month: word = .month(try fields.integer(2, "offset"))
    case .quarter: word = .quarter(try fields.integer(2, "offset"))
    case .year: word = .year(try fields.integer(2, "offset"))
    case .fiscalYear: word = .fiscalYear(try fields.integer(2, "offset"))
    case .weekday: word = .weekday
    case .none: word = .none
    case .half:
      let half = try fields.integer(2, "half")
      guard (1...2).contains(half) else { throw fields.problem("half '\(half)' is not 1 or 2") }
      word = .half(half)
    case .part:
      let part: PeriodPart.Written = try fields.choice(2, "part")
      word = .part(part.part)
    }
  }
}

/// `dates-narrative.tsv`: words that count from the date the text is talking about (当日,
/// 次日, 同年, 次年, 同月, 当季, 上年同期).
struct DateNarrativeRow: LexiconRow {
  static let table = "dates-narrative.tsv"
  static let columns = 3...3
  let surface: [Unicode.Scalar]
  let unit: DateVocabulary.NarrativeUnit
  let offset: Int
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    unit = try fields.choice(1, "unit")
    offset = try fields.integer(2, "offset")
  }
}

/// `dates-tense-cues.tsv`: words that make a clause look ahead (将, 计划, 预计) or back (了, 已,
/// 曾, 达), and look-alikes that do neither (了解, 将近, 高达).
struct DateTenseCueRow: LexiconRow {
  enum Kind: String, CaseIterable { case past, weakPast = "weak-past", future, none }
  static let table = "dates-tense-cues.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let kind: Kind
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    kind = try fields.choice(1, "tense")
  }

  /// The tense the word gives its clause, `nil` for a look-alike.
  var tense: DateHints.Tense? {
    switch kind {
    case .past: .past
    case .weakPast: .weakPast
    case .future: .future
    case .none: nil
    }
  }
}

/// `dates-holidays.tsv`: a holiday's name and how its day is found in a year.
struct DateHolidayRow: LexiconRow {
  enum Kind: String, CaseIterable {
    case gregorian, lunar, lunarEve = "lunar-eve", qingming, nthWeekday = "nth-weekday", solarTerm = "solar-term", hebrew, islamic, easter
    case orthodoxEaster = "orthodox-easter", israelIndependence = "israel-independence", period
    case goldenWeek = "golden-week"
  }
  static let table = "dates-holidays.tsv"
  static let columns = 3...3
  let surface: [Unicode.Scalar]
  /// For a `period` row, the holiday whose official days off it names; `holiday` then holds its
  /// rule only once `DateVocabulary` has read that holiday's own row.
  let periodOf: OfficialHoliday?
  let holiday: Holiday
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    let kind: Kind = try fields.choice(1, "rule")
    let day = fields.text(2)
    let parts = day.split(separator: "-").compactMap { Int($0) }
    let period = kind == .period ? Self.period(day) : nil
    let rule: Holiday.Rule? =
      switch (kind, parts.count) {
      case (.gregorian, 2): .gregorian(month: parts[0], day: parts[1])
      case (.lunar, 2): .lunar(month: parts[0], day: parts[1])
      case (.lunarEve, 2): .lunarEve(month: parts[0], day: parts[1])
      case (.qingming, _): .qingming
      case (.nthWeekday, _): Self.nthWeekday(day)
      case (.solarTerm, _): ChineseCivilCalendar.solarTermNames.firstIndex(of: day).map(Holiday.Rule.solarTerm)
      case (.hebrew, _), (.islamic, _): Self.world(kind == .hebrew ? .hebrew : .islamic, day)
      case (.easter, _), (.orthodoxEaster, _): Int(day).map { .easter(orthodox: kind == .orthodoxEaster, days: $0) }
      case (.israelIndependence, _): .israelIndependence
      case (.goldenWeek, _): .goldenWeek
      case (.period, _): period == nil ? nil : .gregorian(month: 1, day: 1)
      default: nil
      }
    guard let rule else { throw fields.problem("day '\(day)' does not fit the rule \(kind.rawValue)") }
    periodOf = period?.holiday
    holiday = Holiday(rule: rule, officialPeriod: period?.holiday, customaryDays: period?.customaryDays)
  }

  /// `国庆节` (the official days off of that holiday), `国庆节+7` (and, for a year the periods
  /// table lacks, the 7 days from its day).
  static func period(_ day: String) -> (holiday: OfficialHoliday, customaryDays: Int?)? {
    let halves = day.split(separator: "+", omittingEmptySubsequences: false)
    guard halves.count <= 2, let holiday = OfficialHoliday(rawValue: String(halves[0])) else { return nil }
    guard halves.count == 2 else { return (holiday, nil) }
    guard let days = Int(halves[1]), (1...15).contains(days) else { return nil }
    return (holiday, days)
  }

  /// `11-4-4` (month, nth, weekday), `11-4-4+1` (and days after it).
  static func nthWeekday(_ day: String) -> Holiday.Rule? {
    let halves = day.split(separator: "+")
    let parts = halves[0].split(separator: "-").compactMap { Int($0) }
    guard parts.count == 3, halves.count <= 2, let days = halves.count == 2 ? Int8(halves[1]) : 0,
      let month = Int8(exactly: parts[0]), let nth = Int8(exactly: parts[1]), let weekday = Int8(exactly: parts[2])
    else { return nil }
    return .nthWeekday(month: month, nth: nth, weekday: weekday, days: days)
  }

  /// `tishri-01`, `shawwal-01`: a month of that calendar by name, and a day.
  static func world(_ calendar: WorldCalendar, _ day: String) -> Holiday.Rule? {
    let fields = day.split(separator: "-")
    guard fields.count == 2, let month = calendar.monthNames.firstIndex(of: String(fields[0])), let d = Int(fields[1]) else { return nil }
    return .world(calendar, month: month, day: d)
  }
}

/// `dates-english-months.tsv`: English month names and abbreviations.
struct DateEnglishMonthRow: LexiconRow {
  static let table = "dates-english-months.tsv"
  static let columns = 2...2
  let name: String
  let month: Int
  init(_ fields: LexiconFields) throws(LexiconError) {
    name = fields.text(0)
    month = try fields.integer(1, "month")
    guard (1...12).contains(month) else { throw fields.problem("month '\(month)' is not 1–12") }
  }
}

/// `dates-eras.tsv`: reign and era names (民国, 康熙, 昭和) and the year their count begins.
struct DateEraRow: LexiconRow {
  static let table = "dates-eras.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let firstYear: Int
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    firstYear = try fields.integer(1, "first year")
  }
}

/// `dates-cues.tsv`: words that tell the scanner how to read what is around them.
struct DateCueRow: LexiconRow {
  static let table = "dates-cues.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let kind: DateVocabulary.Cue
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    kind = try fields.choice(1, "kind")
  }
}

/// `dates-taiwan-cues.tsv`: words of Taiwan (places, bodies, 民国, 新台币) that make an article
/// in Traditional script Taiwanese.
struct DateTaiwanCueRow: LexiconRow {
  static let table = "dates-taiwan-cues.tsv"
  static let columns = 1...1
  let surface: [Unicode.Scalar]
  init(_ fields: LexiconFields) throws(LexiconError) { surface = fields.surface(0) }
}

/// `dates-open-bounds.tsv`: a word after a date that leaves its interval open on one side.
struct DateOpenBoundRow: LexiconRow {
  static let table = "dates-open-bounds.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let bound: OpenInterval
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    let side: DateVocabulary.OpenSide = try fields.choice(1, "side")
    bound =
      switch side {
      case .onwards: .from(inclusive: true)
      case .since: .from(inclusive: true, looksBack: true)
      case .after: .from(inclusive: false)
      case .upTo: .until(inclusive: true)
      case .before: .until(inclusive: false)
      }
  }
}

/// `dates-times-of-day.tsv`: 上午, 下午, 晚上 … and the hours they add to an hour before 12.
struct DateTimeOfDayRow: LexiconRow {
  static let table = "dates-times-of-day.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let shift: Int
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    shift = try fields.integer(1, "hours")
    guard shift == 0 || shift == 12 else { throw fields.problem("hours '\(shift)' is not 0 or 12") }
  }
}

/// `dates-lunar-months.tsv`: months of the Chinese calendar named by a word (正月, 腊月).
struct DateLunarMonthRow: LexiconRow {
  static let table = "dates-lunar-months.tsv"
  static let columns = 2...2
  let surface: [Unicode.Scalar]
  let month: Int
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    month = try fields.integer(1, "month")
    guard (1...12).contains(month) else { throw fields.problem("month '\(month)' is not 1–12") }
  }
}

extension PeriodPart {
  /// How `dates-relative.tsv` writes a part.
  enum Written: String, CaseIterable {
    case early, middle, late, dekad1, dekad2, dekad3, half1, half2
    var part: PeriodPart {
      switch self {
      case .half1: .firstHalf
      case .half2: .secondHalf
      case .early: .early
      case .middle: .middle
      case .late: .late
      case .dekad1: .firstDekad
      case .dekad2: .secondDekad
      case .dekad3: .thirdDekad
      }
    }
  }
}

/// `dates-periods.tsv`: centuries relative to the anchor's (上世纪), the parts of a decade or a
/// century (初, 中叶, 末, 上半叶) and the seasons (春天, 夏季, 秋).
struct DatePeriodRow: LexiconRow {
  enum Kind: String, CaseIterable { case century, spanPart = "span-part", season }
  enum Word: Sendable { case century(Int), spanPart(SpanPart), season(Int) }
  static let table = "dates-periods.tsv"
  static let columns = 3...3
  let surface: [Unicode.Scalar]
  let word: Word
  init(_ fields: LexiconFields) throws(LexiconError) {
    surface = fields.surface(0)
    let kind: Kind = try fields.choice(1, "kind")
    switch kind {
    case .century: word = .century(try fields.integer(2, "offset"))
    case .spanPart: word = .spanPart(try fields.choice(2, "part"))
    case .season:
      let season = try fields.integer(2, "season")
      guard (1...4).contains(season) else { throw fields.problem("season '\(season)' is not 1–4") }
      word = .season(season)
    }
  }
}
