/// The granularity of a resolved date (SPEC `grain`).
package enum DateGrain: String, Hashable, Sendable, Comparable {
  case second, minute, hour, day, week, month, quarter, half, year

  package static func < (a: DateGrain, b: DateGrain) -> Bool { a.rank < b.rank }
  private var rank: Int {
    switch self {
    case .second: 0
    case .minute: 1
    case .hour: 2
    case .day: 3
    case .week: 4
    case .month: 5
    case .quarter: 6
    case .half: 7
    case .year: 8
    }
  }
}

/// A date as the output reports it.
package struct ResolvedDate: Hashable, Sendable {
  package var value: String
  package var grain: DateGrain
  package var relative: Bool
  /// The anchor's local date when the value needed it, else `nil`.
  package var anchor: String?
}

/// What the text around a mention tells the resolver besides the anchor: the year in focus
/// (the last year the paragraph states, or 今年/去年 in the same clause), the month in focus
/// (for a bare day: `3月5日…13日`), and the tense of the clause (将/计划/预计 look ahead;
/// 了/已/曾/达 look back).
package struct DateHints: Hashable, Sendable {
  package enum Tense: String, Hashable, Sendable {
    case past, future
    /// Looks back, but only as far as `weakReach` days (达, 达到 also state a forecast).
    case weakPast

    package static let weakReach = 270
  }
  package var year: Int?
  package var month: (year: Int, month: Int)?
  package var tense: Tense?

  package init(year: Int? = nil, month: (year: Int, month: Int)? = nil, tense: Tense? = nil) {
    self.year = year; self.month = month; self.tense = tense
  }

  package static func == (a: DateHints, b: DateHints) -> Bool {
    a.year == b.year && a.month?.year == b.month?.year && a.month?.month == b.month?.month && a.tense == b.tense
  }
  package func hash(into h: inout Hasher) { h.combine(year); h.combine(month?.year); h.combine(month?.month); h.combine(tense) }
}

/// Why an expression has no value (`2025年2月30日`).
package struct DateResolutionError: Error, Hashable, Sendable {
  package var message: String
  /// A count from the year in focus (`十年后`) with none in focus: no date, and nothing to warn of.
  package var unanchored = false
  package init(message: String, unanchored: Bool = false) { self.message = message; self.unanchored = unanchored }
}

/// Turns a `DateExpression` into an ISO 8601 value against an anchor. Pure: the same
/// expression and anchor always give the same value.
///
/// Year-less dates (`1月27日`, `13日`, `第四季度`, `春节`) take, in this order: the year in focus
/// (`hints.year`: 今年元宵节是2月12日 in September is this year's); the year the clause's tense
/// points to (`hints.tense`: 一季度营收达… in September is this year's first quarter, 将于1月10日
/// in December next year's); else the year (or month) that puts them nearest the anchor, so
/// `1月27日` in an article of 2026-02-03 is 2026-01-27 and `12月` in one of 2026-01-04 is
/// 2025-12. Halves and parts of a year (`上半年`, `年底`) without a year are the year in focus
/// or the anchor's year (but `年底` in January or February is the year just ended); so are the
/// first months or quarters of a year (`前三季度`; `前11个月` in January is the year just
/// ended). Without an anchor or a year in focus, unknown parts stay `X`.
package enum DateResolver {
  package static func resolve(_ expression: DateExpression, anchor: DateAnchor?, hints: DateHints = DateHints()) -> Result<ResolvedDate, DateResolutionError> {
    do {
      var first = expression.start
      var placedByEnd = false
      if first.year == nil, let end = expression.end, end.year == nil, let a = anchor,
        case .calendar(.absolute(let m1)?, let d1) = first.body, case .calendar(.absolute(let m2)?, let d2) = end.body,
        (1...12).contains(m1), (1...12).contains(m2)
      {
        // A year-less range of months lies where its end is nearest the anchor: 1月至9月 in
        // December is this year's January to September, not next year's; in a year that has
        // its first day (2月29日-3月1日: a leap year's).
        let (endYear, _) = try year(nil, anchor: a, hints: hints, span: { y in monthSpan(y, m2, d2) }, backFirst: true) { y in
          guard CivilDate.isValid(year: m1 > m2 ? y - 1 : y, month: m1, day: d1 ?? 1) else { return nil }
          return CivilDate.isValid(year: y, month: m2, day: d2 ?? 15) ? CivilDate(y, m2, d2 ?? 15) : nil
        }
        if let endYear {
          first.year = .absolute(m1 > m2 ? endYear - 1 : endYear)
          placedByEnd = true
        }
      }
      if first.year == nil, let end = expression.end, end.year != nil, !end.countsFromTheAnchor,
        case .calendar(.absolute(let m1)?, _) = first.body, case .calendar(.absolute(let m2)?, _) = end.body,
        (1...12).contains(m1), (1...12).contains(m2)
      {
        // A year-less start takes its year from an end that names one: 12月17日至明年1月3日 is
        // this December to next January, 3月至2027年5月 March 2027 (not the anchor's nearest).
        let last = try point(end, anchor: anchor, hints: hints)
        if let endYear = last.year {
          first.year = .absolute(m1 > m2 ? endYear - 1 : endYear)
          placedByEnd = last.relative
        }
      }
      let start = try point(first, anchor: anchor, hints: hints)
      if let open = expression.open {
        let bound = openBound(start, open)
        let anchorText = start.focus ?? anchor?.iso
        return .success(ResolvedDate(value: bound.value, grain: bound.grain, relative: start.relative, anchor: start.relative ? anchorText : nil))
      }
      var value = start.value
      var relative = start.relative || placedByEnd
      if var end = expression.end {
        if case .lunar = end.body {
          // 大年初一至初三, 腊月二十三至除夕: the end lies in the start's Chinese year (stated, or
          // placed the same way), not in the Gregorian year its first day fell in.
          if end.year == nil { end.year = first.year }
        } else if end.year == nil, let year = start.year, !end.countsFromTheAnchor {
          // 8月至2月: an end month before the start month is in the next year.
          var endYear = year
          if case .calendar(.absolute(let m)?, _) = end.body, let startMonth = start.month, m < startMonth { endYear += 1 }
          if case .monthPart(.absolute(let m), _) = end.body, let startMonth = start.month, m < startMonth { endYear += 1 }
          end.year = .absolute(endYear)
        }
        if case .calendar(nil, let day?) = end.body, let month = start.month {
          // 12号到3号: an end day before the start's day is in the next month.
          if start.grain == .day, let startDay = Int(start.value.suffix(2)), day < startDay, let year = start.year {
            end.year = .absolute(month == 12 ? year + 1 : year)
            end.body = .calendar(month: .absolute(month == 12 ? 1 : month + 1), day: day)
          } else {
            end.body = .calendar(month: .absolute(month), day: day)
          }
        }
        let last = try point(end, anchor: anchor, hints: hints)
        // Ends that are periods of days themselves (3月中旬至4月上旬): the first one's first day
        // to the second one's last.
        if let slash = value.firstIndex(of: "/") { value = String(value[..<slash]) }
        value += "/" + (last.value.lastIndex(of: "/").map { String(last.value[last.value.index(after: $0)...]) } ?? last.value)
        relative = relative || last.relative
      }
      // A value placed by the year in focus names that year as its anchor.
      let anchorText = start.focus ?? anchor?.iso
      return .success(ResolvedDate(value: value, grain: start.grain, relative: relative, anchor: relative ? anchorText : nil))
    } catch {
      return .failure(error)
    }
  }

  /// An interval open on one side bounded by `piece` (`2015/..`, `../2017`). A bound that leaves
  /// the date out (之后, 之前) moves by one unit of the date's grain (`2018年以前` → `../2017`,
  /// `上周之前` → `../2025-W48`); a period that is itself an interval is bounded by its last
  /// part (after it) or its first part (before it). A bound with unknown parts (`XXXX-01-27`)
  /// stays as it is.
  static func openBound(_ piece: Piece, _ open: OpenInterval) -> (value: String, grain: DateGrain) {
    let parts = piece.value.split(separator: "/").map(String.init)
    switch open {
    case .from(let inclusive, _):
      if inclusive { return ((parts.first ?? piece.value) + "/..", piece.grain) }
      let next = step(parts.last ?? piece.value, grain: parts.count > 1 ? nil : piece.grain, by: 1)
      return (next.value + "/..", next.grain)
    case .until(let inclusive):
      if inclusive { return ("../" + (parts.last ?? piece.value), piece.grain) }
      let previous = step(parts.first ?? piece.value, grain: parts.count > 1 ? nil : piece.grain, by: -1)
      return ("../" + previous.value, previous.grain)
    }
  }

  /// The year, half, quarter, month or day next to `value` (`by` ±1); other values move by a
  /// day from their first or last day.
  static func step(_ value: String, grain: DateGrain?, by step: Int) -> (value: String, grain: DateGrain) {
    let fields = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    let fallbackGrain = grain ?? .day
    guard !value.contains("X"), !value.contains("T"), let y = Int(fields[0]), fields[0].count == 4 else { return (value, fallbackGrain) }
    func within(_ year: Int) -> Bool { (1...9999).contains(year) }
    if fields.count == 1, within(y + step) { return (DateFormat.year(y + step), .year) }
    if fields.count == 2, let first = fields[1].first, first == "Q" || first == "H", let n = Int(fields[1].dropFirst()) {
      let per = first == "Q" ? 4 : 2
      let index = y * per + n - 1 + step
      let year = floorDiv(index, per)
      if within(year) { return ("\(DateFormat.year(year))-\(first)\(index - year * per + 1)", first == "Q" ? .quarter : .half) }
    }
    if fields.count == 2, let m = Int(fields[1]) {
      let index = y * 12 + m - 1 + step
      let year = floorDiv(index, 12)
      if within(year) { return ("\(DateFormat.year(year))-\(DateFormat.two(index - year * 12 + 1))", .month) }
    }
    if fields.count == 3, let m = Int(fields[1]), let d = Int(fields[2]), CivilDate.isValid(year: y, month: m, day: d) {
      let date = CivilDate(y, m, d).adding(days: step)
      if within(date.year) { return (date.iso, .day) }
    }
    // A week (2025-W49): the week before or after it.
    if fields.count == 2, fields[1].hasPrefix("W"), let (first, _) = ISOBounds.of(value) {
      let monday = first.adding(days: 7 * step)
      if within(monday.year) { return (DateFormat.isoWeek(monday), .week) }
    }
    // Anything else: the day before its first day or after its last.
    if let (first, last) = ISOBounds.of(value) {
      let date = step < 0 ? first.adding(days: -1) : last.adding(days: 1)
      if within(date.year) { return (date.iso, .day) }
    }
    return (value, fallbackGrain)
  }

  /// One resolved point, with the year and month it settled on (for the end of a range).
  struct Piece {
    var value: String
    var grain: DateGrain
    var relative: Bool
    var year: Int?
    var month: Int?
    /// What the value was placed by, when that was the text's focus (`2019`, `2019-06`), not the
    /// anchor: the output's `anchor`.
    var focus: String?
  }

  static func point(_ p: DatePoint, anchor: DateAnchor?, hints: DateHints = DateHints()) throws(DateResolutionError) -> Piece {
    var piece = try body(p, anchor: anchor, hints: hints)
    if let time = p.time, piece.grain == .day, !piece.value.contains("/") {
      guard time.hour < 24, (time.minute ?? 0) < 60 else {
        throw DateResolutionError(message: "no such time of day \(time.hour):\(time.minute ?? 0)")
      }
      // `下午3点` is 15:00 to the hour: the value names the minute, the grain says hour.
      piece.value += "T\(DateFormat.two(time.hour)):\(DateFormat.two(time.minute ?? 0))"
      piece.grain = time.minute == nil ? .hour : .minute
      // Seconds as stated (16:40:12, 16时40分12秒): kept, never rounded away.
      if let second = time.second, time.minute != nil {
        piece.value += ":\(DateFormat.two(second))"
        piece.grain = .second
      }
    }
    return piece
  }

  private static func body(_ p: DatePoint, anchor: DateAnchor?, hints: DateHints) throws(DateResolutionError) -> Piece {
    switch p.body {
    case .calendar(let month, let day):
      return try calendar(year: p.year, month: month, day: day, anchor: anchor, hints: hints)

    case .relativeMinutes(let minutes):
      // 两小时前: against the anchor's time; an anchor without one gives its day.
      guard let a = anchor else { return Piece(value: "XXXX-XX-XX", grain: .day, relative: true) }
      guard let minuteOfDay = a.minuteOfDay else { return Piece(value: a.date.iso, grain: .day, relative: true, year: a.date.year, month: a.date.month) }
      let total = minuteOfDay + minutes
      let days = floorDiv(total, 1440)
      let minute = total - days * 1440
      let date = a.date.adding(days: days)
      return Piece(
        value: "\(date.iso)T\(DateFormat.two(minute / 60)):\(DateFormat.two(minute % 60))", grain: minutes % 60 == 0 ? .hour : .minute,
        relative: true, year: date.year, month: date.month)

    case .monthsAndAHalf(let months):
      // Half a month back from the anchor's day crosses into the month before when the day is 15
      // or less; half a month on, into the month after when fewer than 15 days are left.
      guard let a = anchor else { return Piece(value: "XXXX-XX", grain: .month, relative: true) }
      let crosses = months < 0 ? a.date.day <= 15 : a.date.day + 15 > CivilDate.daysIn(year: a.date.year, month: a.date.month)
      return try calendar(year: nil, month: .relative(months + (crosses ? months.signum() : 0)), day: nil, anchor: anchor, hints: hints)

    case .relativeDay(let offset):
      guard let a = anchor else { return Piece(value: "XXXX-XX-XX", grain: .day, relative: true) }
      let date = a.date.adding(days: offset)
      return Piece(value: date.iso, grain: .day, relative: true, year: date.year, month: date.month)

    case .week(let offset, let weekday):
      guard let a = anchor else {
        // A named weekday is a day: unknown in every part, as 今天 is without an anchor.
        return Piece(value: weekday == nil ? "XXXX-WXX" : "XXXX-XX-XX", grain: weekday == nil ? .week : .day, relative: true)
      }
      let monday = a.date.monday.adding(days: 7 * offset)
      if let weekday {
        let date = monday.adding(days: weekday - 1)
        return Piece(value: date.iso, grain: .day, relative: true, year: date.year, month: date.month)
      }
      return Piece(value: DateFormat.isoWeek(monday), grain: .week, relative: true)

    case .quarter(let quarter):
      switch quarter {
      case .absolute(let q):
        guard (1...4).contains(q) else { throw DateResolutionError(message: "there is no quarter \(q)") }
        let (year, relative) = try year(
          p.year, anchor: anchor, hints: hints, span: { y in (CivilDate(y, q * 3 - 2, 1), CivilDate(y, q * 3, CivilDate.daysIn(year: y, month: q * 3))) }
        ) { y in CivilDate(y, q * 3 - 1, 15) }
        return Piece(value: "\(yearText(year))-Q\(q)", grain: .quarter, relative: relative, year: year, focus: focused(p.year, hints))
      case .relative(let offset):
        guard let a = anchor else { return Piece(value: "XXXX-QX", grain: .quarter, relative: true) }
        let index = a.date.year * 4 + (a.date.month - 1) / 3 + offset
        let year = floorDiv(index, 4)
        return Piece(value: "\(DateFormat.year(year))-Q\(index - year * 4 + 1)", grain: .quarter, relative: true, year: year)
      }

    case .half(let half):
      let (year, relative) = try yearOrAnchorYear(p.year, anchor: anchor, hints: hints)
      return Piece(value: "\(yearText(year))-H\(half)", grain: .half, relative: relative, year: year, focus: focused(p.year, hints))

    case .holiday(let holiday) where holiday.rule == .goldenWeek:
      return try nearestGoldenWeek(p, anchor: anchor, hints: hints)

    case .holiday(let holiday):
      let (year, relative) = try year(p.year, anchor: anchor, hints: hints) { y in holidayDate(holiday, year: y) }
      guard let year else {
        return Piece(value: holiday.fixedDay.map { "XXXX-\(DateFormat.two($0.month))-\(DateFormat.two($0.day))" } ?? "XXXX-XX-XX", grain: .day, relative: true)
      }
      guard let date = holidayDate(holiday, year: year) else {
        throw DateResolutionError(message: "the holiday cannot be computed for the year \(year)")
      }
      if holiday.season, let official = holiday.officialPeriod, !holiday.taiwan,
        let period = ChineseCivilCalendar.bundled.officialPeriod(of: official.rawValue, year: year)
      {
        return Piece(
          value: "\(period.first.iso)/\(period.last.iso)", grain: .day, relative: relative, year: year, month: period.first.month, focus: focused(p.year, hints)
        )
      }
      if holiday.season {
        return Piece(
          value: "\(DateFormat.year(date.year))-\(DateFormat.two(date.month))", grain: .month, relative: relative, year: date.year, month: date.month,
          focus: focused(p.year, hints))
      }
      if holiday.eve {
        let eve = date.adding(days: -1)
        return Piece(
          value: "\(DateFormat.year(eve.year))-\(DateFormat.two(eve.month))", grain: .month, relative: relative, year: eve.year, month: eve.month,
          focus: focused(p.year, hints))
      }
      if let official = holiday.officialPeriod, holiday.taiwan {
        let period = ChineseCivilCalendar.bundled.taiwanPeriod(of: official.rawValue, year: year) ?? .init(first: date, last: date)
        return Piece(
          value: period.first == period.last ? period.first.iso : "\(period.first.iso)/\(period.last.iso)", grain: .day, relative: relative, year: year,
          month: period.first.month, focus: focused(p.year, hints))
      }
      if let official = holiday.officialPeriod, let period = ChineseCivilCalendar.bundled.officialPeriod(of: official.rawValue, year: year) {
        return Piece(
          value: "\(period.first.iso)/\(period.last.iso)", grain: .day, relative: relative, year: year, month: period.first.month, focus: focused(p.year, hints)
        )
      }
      if holiday.officialPeriod != nil, let days = holiday.customaryDays {
        return Piece(
          value: "\(date.iso)/\(date.adding(days: days - 1).iso)", grain: .day, relative: relative, year: year, month: date.month, focus: focused(p.year, hints)
        )
      }
      return Piece(value: date.iso, grain: .day, relative: relative, year: date.year, month: date.month, focus: focused(p.year, hints))

    case .lunar(let month, nil, let leap):
      // A whole month of the Chinese calendar: its first to its last day (the 30th or the 29th).
      guard (1...12).contains(month) else { throw DateResolutionError(message: "there is no lunar month \(month)") }
      func days(_ y: Int) -> (CivilDate, CivilDate)? {
        guard let first = ChineseCalendar.gregorian(year: y, month: month, day: 1, leap: leap),
          let last = ChineseCalendar.gregorian(year: y, month: month, day: 30, leap: leap)
            ?? ChineseCalendar.gregorian(year: y, month: month, day: 29, leap: leap)
        else { return nil }
        return (first, last)
      }
      let (year, relative) = try year(p.year, anchor: anchor, hints: hints, span: days) { y in days(y)?.0 }
      guard let year else { return Piece(value: "XXXX-XX-XX/XXXX-XX-XX", grain: .day, relative: true) }
      guard let (first, last) = days(year) else {
        throw DateResolutionError(message: "the Chinese year beginning in \(year) has no \(leap ? "leap " : "")month \(month)")
      }
      return Piece(value: first.iso + "/" + last.iso, grain: .day, relative: relative, year: first.year, focus: focused(p.year, hints))

    case .lunar(let month, let day?, let leap):
      guard (1...12).contains(month), (1...30).contains(day) else {
        throw DateResolutionError(message: "there is no lunar month \(month) day \(day)")
      }
      let (year, relative) = try year(p.year, anchor: anchor, hints: hints) { y in ChineseCalendar.gregorian(year: y, month: month, day: day, leap: leap) }
      guard let year else { return Piece(value: "XXXX-XX-XX", grain: .day, relative: true) }
      guard let date = ChineseCalendar.gregorian(year: year, month: month, day: day, leap: leap) else {
        throw DateResolutionError(message: "the Chinese year beginning in \(year) has no \(leap ? "leap " : "")month \(month) day \(day)")
      }
      return Piece(value: date.iso, grain: .day, relative: relative, year: date.year, month: date.month, focus: focused(p.year, hints))

    case .yearPart(let part):
      var (year, relative) = try yearOrAnchorYear(p.year, anchor: anchor, hints: hints)
      // 年底 in January or February is the year just ended.
      if p.year == nil, hints.year == nil, part == .late, let a = anchor, a.date.month <= 2 { year = a.date.year - 1 }
      let y = yearText(year)
      let months: (Int, Int) =
        switch part {
        case .early, .firstDekad, .firstHalf: (1, 2)
        case .middle, .secondDekad: (6, 7)
        case .late, .thirdDekad, .secondHalf: (11, 12)
        case .firstDays: throw DateResolutionError(message: "the first days of a year are no part of it")
        }
      return Piece(
        value: "\(y)-\(DateFormat.two(months.0))/\(y)-\(DateFormat.two(months.1))", grain: .month, relative: relative, year: year, focus: focused(p.year, hints)
      )

    case .firstPeriods(let division, let count):
      guard (1...division.perYear).contains(count) else {
        throw DateResolutionError(message: "a year has no \(count) \(division == .month ? "months" : "quarters")")
      }
      var (year, relative) = try yearOrAnchorYear(p.year, anchor: anchor, hints: hints)
      // 前11个月 in January: the year just ended (this year's eleven months are still ahead).
      let lastMonth = division == .month ? count : count * 3
      if p.year == nil, hints.year == nil, let a = anchor, a.date.month <= 2, lastMonth > a.date.month { year = a.date.year - 1 }
      let y = yearText(year)
      let value =
        count == 1
        ? (division == .month ? "\(y)-01" : "\(y)-Q1")
        : division == .month
          ? "\(y)-01/\(y)-\(DateFormat.two(count))"
          : "\(y)-Q1/\(y)-Q\(count)"
      return Piece(value: value, grain: division == .month ? .month : .quarter, relative: relative, year: year, focus: focused(p.year, hints))

    case .lastPeriods(let division, let count):
      guard (1...division.perYear).contains(count) else {
        throw DateResolutionError(message: "a year has no \(count) \(division == .month ? "months" : "quarters")")
      }
      let (year, relative) = try yearOrAnchorYear(p.year, anchor: anchor, hints: hints)
      let y = yearText(year)
      // The last one alone is that month or quarter (最后一个月 → December).
      let value =
        division == .month
        ? (count == 1 ? "\(y)-12" : "\(y)-\(DateFormat.two(13 - count))/\(y)-12")
        : (count == 1 ? "\(y)-Q4" : "\(y)-Q\(5 - count)/\(y)-Q4")
      return Piece(value: value, grain: division == .month ? .month : .quarter, relative: relative, year: year, focus: focused(p.year, hints))

    case .samePeriod(let offset):
      // Without a period in focus (the extractor replaces it when there is one): the year.
      let (year, relative) = try yearOrAnchorYear(.relative(offset), anchor: anchor, hints: DateHints())
      return Piece(value: yearText(year), grain: .year, relative: relative, year: year)

    case .monthPart(let month, let part):
      var whole = try calendar(year: p.year, month: month, day: nil, anchor: anchor, hints: hints)
      let days: (Int, Int?) =
        switch part {
        case .early, .firstDekad: (1, 10)
        case .middle, .secondDekad: (11, 20)
        case .late, .thirdDekad: (21, nil)
        case .firstHalf: (1, 15)
        case .secondHalf: (16, nil)
        case .firstDays(let n): (1, n)
        }
      // A month without its year ends on the last day it can have (February on the 29th, as a year-less
      // day is checked); without the month, on the 31st.
      let monthLength = whole.month.map { CivilDate.daysIn(year: whole.year ?? 2000, month: $0) } ?? 31
      let last = days.1 ?? monthLength
      guard last <= monthLength else { throw DateResolutionError(message: "a month has no \(last) first days") }
      let value = "\(whole.value)-\(DateFormat.two(days.0))/\(whole.value)-\(DateFormat.two(last))"
      whole.value = value
      whole.grain = .day
      return whole

    case .years(let span):
      return try Self.span(span, anchor: anchor)

    case .season(let season):
      return try Self.season(season, year: p.year, anchor: anchor)

    case .weekOf(nil, let nth):
      let (year, relative) = try yearOrAnchorYear(p.year, anchor: anchor, hints: hints)
      guard let year else { return Piece(value: "XXXX-W\(DateFormat.two(nth))", grain: .week, relative: relative) }
      let monday = CivilDate(year, 1, 4).monday.adding(days: 7 * (nth - 1))
      guard nth >= 1, monday.isoWeek.year == year else { throw DateResolutionError(message: "\(DateFormat.year(year)) has no week \(nth)") }
      return Piece(value: DateFormat.isoWeek(monday), grain: .week, relative: relative, year: year, focus: focused(p.year, hints))

    case .weekOf(let month?, let nth):
      var whole = try calendar(year: p.year, month: month, day: nil, anchor: anchor, hints: hints)
      guard let y = whole.year, let m = whole.month else { return Piece(value: "XXXX-WXX", grain: .week, relative: true) }
      guard let monday = nthWeekday(year: y, month: m, nth: nth, weekday: 1, withinMonth: true) else {
        throw DateResolutionError(message: "\(DateFormat.year(y))-\(DateFormat.two(m)) has no week \(nth)")
      }
      whole.value = DateFormat.isoWeek(monday)
      whole.grain = .week
      return whole

    case .nthWeekday(let month, let nth, let weekday):
      var whole = try calendar(year: p.year, month: month, day: nil, anchor: anchor, hints: hints)
      guard let y = whole.year, let m = whole.month else { return Piece(value: "XXXX-XX-XX", grain: .day, relative: true) }
      guard let date = nthWeekday(year: y, month: m, nth: nth, weekday: weekday, withinMonth: true) else {
        throw DateResolutionError(message: "\(DateFormat.year(y))-\(DateFormat.two(m)) has no weekday \(weekday) number \(nth)")
      }
      whole.value = date.iso
      whole.grain = .day
      return whole
    }
  }

  /// The year in focus, when a year-less point took it.
  private static func focused(_ year: YearReference?, _ hints: DateHints) -> String? { year == nil ? hints.year.map(DateFormat.year) : nil }

  /// The days a month (or one day of it) covers in year `y`.
  static func monthSpan(_ y: Int, _ m: Int, _ d: Int?) -> (CivilDate, CivilDate)? {
    guard (1...12).contains(m), (1...9999).contains(y) else { return nil }
    if let d { return CivilDate.isValid(year: y, month: m, day: d) ? (CivilDate(y, m, d), CivilDate(y, m, d)) : nil }
    return (CivilDate(y, m, 1), CivilDate(y, m, CivilDate.daysIn(year: y, month: m)))
  }

  private static func calendar(
    year yearReference: YearReference?, month: MonthReference?, day: Int?, anchor: DateAnchor?, hints: DateHints
  ) throws(DateResolutionError) -> Piece {
    switch month {
    case .relative(let offset)?:
      guard let a = anchor else {
        return Piece(value: "XXXX-XX" + (day.map { "-" + DateFormat.two($0) } ?? ""), grain: day == nil ? .month : .day, relative: true)
      }
      var index = a.date.year * 12 + (a.date.month - 1) + offset
      // 去年本月: the year moves the month too.
      switch yearReference {
      case .relative(let years)?: index += 12 * years
      case .absolute(let y)?: index += 12 * (y - a.date.year)
      case .twoDigit(let yy)?: index += 12 * (century(yy, anchorYear: a.date.year) - a.date.year)
      case nil: break
      }
      let y = floorDiv(index, 12), m = index - y * 12 + 1
      return try dated(year: y, month: m, day: day, relative: true)

    case .absolute(let m)?:
      guard (1...12).contains(m) else { throw DateResolutionError(message: "there is no month \(m)") }
      if let day {
        guard day >= 1, day <= CivilDate.daysIn(year: 2000, month: m) else {
          throw DateResolutionError(message: "month \(m) has no day \(day)")
        }
      }
      let (year, relative) = try year(yearReference, anchor: anchor, hints: hints, span: { y in monthSpan(y, m, day) }, backFirst: true) { y in
        CivilDate.isValid(year: y, month: m, day: day ?? 15) ? CivilDate(y, m, day ?? 15) : nil
      }
      guard let year else {
        return Piece(
          value: "XXXX-\(DateFormat.two(m))" + (day.map { "-" + DateFormat.two($0) } ?? ""), grain: day == nil ? .month : .day, relative: true, month: m)
      }
      var piece = try dated(year: year, month: m, day: day, relative: relative)
      piece.focus = focused(yearReference, hints)
      return piece

    case nil:
      if let day {
        guard (1...31).contains(day) else { throw DateResolutionError(message: "there is no day \(day) in any month") }
        // The month in focus (3月5日…13日) when it has that day.
        if yearReference == nil, let (y, m) = hints.month, CivilDate.isValid(year: y, month: m, day: day) {
          return Piece(value: CivilDate(y, m, day).iso, grain: .day, relative: true, year: y, month: m, focus: "\(DateFormat.year(y))-\(DateFormat.two(m))")
        }
        guard yearReference == nil, let a = anchor else {
          return Piece(value: "XXXX-XX-\(DateFormat.two(day))", grain: .day, relative: true)
        }
        // The month (this, the last or the next) that puts the day nearest the anchor; of
        // those the clause's tense allows, when it allows one.
        var best: CivilDate?
        for pass in 0..<2 where best == nil {
          for offset in [0, -1, 1] {
            let index = a.date.year * 12 + (a.date.month - 1) + offset
            let y = floorDiv(index, 12), m = index - y * 12 + 1
            guard CivilDate.isValid(year: y, month: m, day: day) else { continue }
            let candidate = CivilDate(y, m, day)
            if pass == 0, let tense = hints.tense, !allows(tense, candidate, candidate, anchor: a.date) { continue }
            if pass == 0, hints.tense == .weakPast, abs(candidate.dayNumber - a.date.dayNumber) > DateHints.Tense.weakReach { continue }
            if best.map({ abs($0.dayNumber - a.date.dayNumber) > abs(candidate.dayNumber - a.date.dayNumber) }) ?? true { best = candidate }
          }
        }
        guard let date = best else { throw DateResolutionError(message: "no month near the anchor has day \(day)") }
        return Piece(value: date.iso, grain: .day, relative: true, year: date.year, month: date.month)
      }
      let (year, relative) = try yearOrAnchorYear(yearReference, anchor: anchor, hints: DateHints())
      return Piece(value: yearText(year), grain: .year, relative: relative, year: year)
    }
  }

  private static func dated(year: Int, month: Int, day: Int?, relative: Bool) throws(DateResolutionError) -> Piece {
    guard (1...9999).contains(year) else { throw DateResolutionError(message: "the year \(year) is out of range") }
    guard let day else {
      return Piece(value: "\(DateFormat.year(year))-\(DateFormat.two(month))", grain: .month, relative: relative, year: year, month: month)
    }
    guard CivilDate.isValid(year: year, month: month, day: day) else {
      throw DateResolutionError(message: "\(DateFormat.year(year))-\(DateFormat.two(month)) has no day \(day)")
    }
    return Piece(value: CivilDate(year, month, day).iso, grain: .day, relative: relative, year: year, month: month)
  }

  /// The year as stated, relative to the anchor, or (when unstated) the year in focus, else
  /// the one of the anchor's year −1, 0, +1 whose `day(year)` lies nearest the anchor (with
  /// `backFirst`, a day ahead counting `futureDistance` farther) — of
  /// those whose `span(year)` the clause's tense allows (past: begun by the anchor; future: not
  /// over by it), when it allows one.
  private static func year(
    _ reference: YearReference?, anchor: DateAnchor?, hints: DateHints = DateHints(),
    span: ((Int) -> (CivilDate, CivilDate)?)? = nil, backFirst: Bool = false, day: (Int) -> CivilDate?
  ) throws(DateResolutionError) -> (Int?, Bool) {
    switch reference {
    case .absolute(let y)?:
      guard (1...9999).contains(y) else { throw DateResolutionError(message: "the year \(y) is out of range") }
      return (y, false)
    case .relative(let offset)?:
      return (anchor.map { $0.date.year + offset }, true)
    case .twoDigit(let yy)?:
      return (anchor.map { century(yy, anchorYear: $0.date.year) }, true)
    case nil:
      if let y = hints.year {
        // The year in focus is a civil one; a day of the Chinese calendar lies in it from the
        // Chinese year that began in it or the one before (腊月二十三 in 2027 is 2027-01-30, of
        // the year that began in 2026).
        if let date = day(y), date.year != y, day(y - 1)?.year == y { return (y - 1, true) }
        return (y, true)
      }
      guard let a = anchor else { return (nil, true) }
      var best: (year: Int, distance: Int)?
      for pass in 0..<2 where best == nil {
        for y in [a.date.year, a.date.year - 1, a.date.year + 1] {
          guard let date = day(y) else { continue }
          let ahead = date.dayNumber - a.date.dayNumber
          // News tells of what happened more often than of what is to come: a month or a day of
          // the calendar ahead counts a quarter farther (`5月19日` in a review of 2026-12-02 is May
          // 2026, 197 days back, not May 2027, 168 ahead; `1月15日` on 2026-12-02 is still 2027's).
          // A holiday's name is as often the one to come (宰牲节 in December: the next).
          let distance = ahead <= 0 ? -ahead : backFirst ? ahead * Self.futureDistance.numerator / Self.futureDistance.denominator : ahead
          if pass == 0, let tense = hints.tense {
            let (first, last) = span?(y) ?? (date, date)
            guard allows(tense, first, last, anchor: a.date), tense != .weakPast || distance <= DateHints.Tense.weakReach else { continue }
          }
          if best.map({ distance < $0.distance }) ?? true { best = (y, distance) }
        }
      }
      return (best?.year ?? a.date.year, true)
    }
  }

  /// How much farther a day ahead of the anchor counts than a day behind it, when the year of a
  /// date without one is the one nearest the anchor.
  static let futureDistance = (numerator: 5, denominator: 4)

  /// Whether a period from `first` to `last` fits the tense as seen from `anchor`: a past one
  /// has begun by then, a future one is not over.
  private static func allows(_ tense: DateHints.Tense, _ first: CivilDate, _ last: CivilDate, anchor: CivilDate) -> Bool {
    switch tense {
    case .past, .weakPast: first <= anchor
    case .future: last >= anchor
    }
  }

  static func yearOrAnchorYear(_ reference: YearReference?, anchor: DateAnchor?, hints: DateHints = DateHints()) throws(DateResolutionError) -> (Int?, Bool) {
    switch reference {
    case .absolute(let y)?:
      guard (1...9999).contains(y) else { throw DateResolutionError(message: "the year \(y) is out of range") }
      return (y, false)
    case .relative(let offset)?: return (anchor.map { $0.date.year + offset }, true)
    case .twoDigit(let yy)?: return (anchor.map { century(yy, anchorYear: $0.date.year) }, true)
    case nil: return (hints.year ?? anchor?.date.year, true)
    }
  }

  /// The year ending in the two digits `yy` that lies at most 79 years before and 20 after the
  /// anchor's year: `18年` in 2025 is 2018, `98年` 1998, `30年` 2030.
  static func century(_ yy: Int, anchorYear: Int) -> Int {
    let latest = anchorYear + 20
    let back = ((latest - yy) % 100 + 100) % 100
    return latest - back
  }

  static func holidayDate(_ holiday: Holiday, year: Int) -> CivilDate? {
    switch holiday.rule {
    case .gregorian(let m, let d): CivilDate.isValid(year: year, month: m, day: d) ? CivilDate(year, m, d) : nil
    case .lunar(let m, let d): ChineseCalendar.gregorian(year: year, month: m, day: d)
    case .lunarEve(let m, let d): ChineseCalendar.gregorian(year: year, month: m, day: d)?.adding(days: -1)
    case .qingming: ChineseCalendar.qingming(year: year)
    case .nthWeekday(let month, let nth, let weekday, let days):
      nthWeekday(year: year, month: Int(month), nth: Int(nth), weekday: Int(weekday)).map { $0.adding(days: Int(days)) }
    case .solarTerm(let index):
      ChineseCivilCalendar.bundled.solarTerm(index, year: year)
    case .world(let calendar, let month, let day):
      // The first, when the Islamic year puts it twice in one Gregorian year.
      calendar.occurrences(month: month, day: day, inGregorianYear: year).first
    case .easter(let orthodox, let days):
      (orthodox ? Computus.orthodox(year: year) : Computus.western(year: year))?.adding(days: days)
    case .israelIndependence:
      WorldCalendar.hebrew.occurrences(month: 8, day: 5, inGregorianYear: year).first.map { day in
        switch day.weekday {
        case 5: day.adding(days: -1)  // Friday → Thursday
        case 6: day.adding(days: -2)  // Saturday → Thursday
        case 1: day.adding(days: 1)  // Monday → Tuesday
        default: day
        }
      }
    case .goldenWeek:
      nil
    }
  }

  /// The golden weeks a bare 黄金周 may name: Labour Day's 5 days and National Day's 7, from the
  /// periods table where it has the year.
  static let goldenWeeks = [
    Holiday(rule: .gregorian(month: 5, day: 1), officialPeriod: .labourDay, customaryDays: 5),
    Holiday(rule: .gregorian(month: 10, day: 1), officialPeriod: .nationalDay, customaryDays: 7),
  ]

  /// 黄金周 alone: each golden week placed as its own name would be (its year from the text or
  /// the anchor), and the one whose days lie nearer the anchor (none when it falls within them).
  /// Without an anchor there is no telling which.
  private static func nearestGoldenWeek(_ p: DatePoint, anchor: DateAnchor?, hints: DateHints) throws(DateResolutionError) -> Piece {
    guard let a = anchor else { return Piece(value: "XXXX-XX-XX/XXXX-XX-XX", grain: .day, relative: true) }
    var best: (piece: Piece, distance: Int)?
    for week in goldenWeeks {
      var point = p
      point.body = .holiday(week)
      let piece = try body(point, anchor: anchor, hints: hints)
      guard let (first, last) = ISOBounds.of(piece.value) else { continue }
      let day = a.date.dayNumber
      let distance = day < first.dayNumber ? first.dayNumber - day : day > last.dayNumber ? day - last.dayNumber : 0
      if best.map({ distance < $0.distance }) ?? true { best = (piece, distance) }
    }
    guard let best else { throw DateResolutionError(message: "no golden week can be placed near the anchor") }
    return best.piece
  }

  /// The `nth` `weekday` (1 = Monday … 7 = Sunday) of `month` in `year`; `nth` −1 the last.
  /// (A holiday's `nth` is always within the month; an ordinal of the text past its end is nil.)
  static func nthWeekday(year: Int, month: Int, nth: Int, weekday: Int, withinMonth: Bool = false) -> CivilDate? {
    guard CivilDate.isValid(year: year, month: month, day: 1), (1...7).contains(weekday), nth != 0 else { return nil }
    if nth < 0 {
      let last = CivilDate(year, month, CivilDate.daysIn(year: year, month: month))
      let date = last.adding(days: -((last.weekday - weekday + 7) % 7) + 7 * (nth + 1))
      return date.month == month ? date : nil
    }
    let first = CivilDate(year, month, 1)
    let date = first.adding(days: (weekday - first.weekday + 7) % 7 + 7 * (nth - 1))
    return !withinMonth || date.month == month ? date : nil
  }

  private static func yearText(_ year: Int?) -> String { year.map(DateFormat.year) ?? "XXXX" }

  private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}

extension DatePoint {
  /// A month or day counted from the anchor (本月底, 下个月, 上周一, 明天): it fixes the year
  /// of its clause as a stated year does.
  var placesTheMonth: Bool {
    switch body {
    case .relativeDay, .week(_, _?), .monthsAndAHalf, .calendar(.relative?, _), .monthPart(.relative, _): true
    default: false
    }
  }

  /// A point counted from the anchor itself (下个月, 上周, 本季度, 明天), which the year of a
  /// range's start must not move.
  var countsFromTheAnchor: Bool {
    switch body {
    case .relativeDay, .week, .relativeMinutes, .monthsAndAHalf, .quarter(.relative), .calendar(.relative?, _): true
    default: false
    }
  }
}

extension Holiday {
  /// The Gregorian month and day when they do not depend on the year.
  var fixedDay: (month: Int, day: Int)? {
    if case .gregorian(let m, let d) = rule { return (m, d) }
    return nil
  }
}
