/// The granularity of a resolved date (SPEC `grain`).
package enum DateGrain: String, Hashable, Sendable, Comparable {
  case minute, hour, day, week, month, quarter, half, year

  package static func < (a: DateGrain, b: DateGrain) -> Bool { a.rank < b.rank }
  private var rank: Int {
    switch self {
    case .minute: 0
    case .hour: 1
    case .day: 2
    case .week: 3
    case .month: 4
    case .quarter: 5
    case .half: 6
    case .year: 7
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

/// Why an expression has no value (`2025年2月30日`).
package struct DateResolutionError: Error, Hashable, Sendable {
  package var message: String
}

/// Turns a `DateExpression` into an ISO 8601 value against an anchor. Pure: the same
/// expression and anchor always give the same value.
///
/// Year-less dates (`1月27日`, `13日`, `第四季度`, `春节`) take the year (or month) that puts
/// them nearest the anchor, so `1月27日` in an article of 2026-02-03 is 2026-01-27 and `12月`
/// in one of 2026-01-04 is 2025-12. Halves and parts of a year (`上半年`, `年底`) without a
/// year are the anchor's year (but `年底` in January or February is the year just ended);
/// so are the first months or quarters of a year (`前三季度`; `前11个月` in January is the year
/// just ended). Without an anchor, unknown parts stay `X`.
package enum DateResolver {
  package static func resolve(_ expression: DateExpression, anchor: DateAnchor?) -> Result<ResolvedDate, DateResolutionError> {
    do {
      var first = expression.start
      var placedByEnd = false
      if first.year == nil, let end = expression.end, end.year == nil, let a = anchor,
        case .calendar(.absolute(let m1)?, _) = first.body, case .calendar(.absolute(let m2)?, let d2) = end.body,
        (1...12).contains(m1), (1...12).contains(m2) {
        // A year-less range of months lies where its end is nearest the anchor: 1月至9月 in
        // December is this year's January to September, not next year's.
        let (endYear, _) = try year(nil, anchor: a) { y in
          CivilDate.isValid(year: y, month: m2, day: d2 ?? 15) ? CivilDate(y, m2, d2 ?? 15) : nil
        }
        if let endYear {
          first.year = .absolute(m1 > m2 ? endYear - 1 : endYear)
          placedByEnd = true
        }
      }
      let start = try point(first, anchor: anchor)
      var value = start.value
      var relative = start.relative || placedByEnd
      if var end = expression.end {
        if end.year == nil, let year = start.year, !end.countsFromTheAnchor {
          // 8月至2月: an end month before the start month is in the next year.
          var endYear = year
          if case .calendar(.absolute(let m)?, _) = end.body, let startMonth = start.month, m < startMonth { endYear += 1 }
          end.year = .absolute(endYear)
        }
        if case .calendar(nil, let day?) = end.body, let month = start.month {
          end.body = .calendar(month: .absolute(month), day: day)
        }
        let last = try point(end, anchor: anchor)
        value += "/" + last.value
        relative = relative || last.relative
      }
      return .success(ResolvedDate(value: value, grain: start.grain, relative: relative, anchor: relative ? anchor?.iso : nil))
    } catch {
      return .failure(error)
    }
  }

  /// One resolved point, with the year and month it settled on (for the end of a range).
  struct Piece {
    var value: String
    var grain: DateGrain
    var relative: Bool
    var year: Int?
    var month: Int?
  }

  static func point(_ p: DatePoint, anchor: DateAnchor?) throws(DateResolutionError) -> Piece {
    var piece = try body(p, anchor: anchor)
    if let time = p.time, piece.grain == .day, !piece.value.contains("/") {
      guard time.hour < 24, (time.minute ?? 0) < 60 else {
        throw DateResolutionError(message: "no such time of day \(time.hour):\(time.minute ?? 0)")
      }
      // `下午3点` is 15:00 to the hour: the value names the minute, the grain says hour.
      piece.value += "T\(DateFormat.two(time.hour)):\(DateFormat.two(time.minute ?? 0))"
      piece.grain = time.minute == nil ? .hour : .minute
    }
    return piece
  }

  private static func body(_ p: DatePoint, anchor: DateAnchor?) throws(DateResolutionError) -> Piece {
    switch p.body {
    case .calendar(let month, let day):
      return try calendar(year: p.year, month: month, day: day, anchor: anchor)

    case .relativeMinutes(let minutes):
      // 两小时前: against the anchor's time; an anchor without one gives its day.
      guard let a = anchor else { return Piece(value: "XXXX-XX-XX", grain: .day, relative: true) }
      guard let minuteOfDay = a.minuteOfDay else { return Piece(value: a.date.iso, grain: .day, relative: true, year: a.date.year, month: a.date.month) }
      let total = minuteOfDay + minutes
      let days = floorDiv(total, 1440)
      let minute = total - days * 1440
      let date = a.date.adding(days: days)
      return Piece(value: "\(date.iso)T\(DateFormat.two(minute / 60)):\(DateFormat.two(minute % 60))", grain: minutes % 60 == 0 ? .hour : .minute,
                   relative: true, year: date.year, month: date.month)

    case .relativeDay(let offset):
      guard let a = anchor else { return Piece(value: "XXXX-XX-XX", grain: .day, relative: true) }
      let date = a.date.adding(days: offset)
      return Piece(value: date.iso, grain: .day, relative: true, year: date.year, month: date.month)

    case .week(let offset, let weekday):
      guard let a = anchor else {
        return Piece(value: weekday.map { "XXXX-WXX-\($0)" } ?? "XXXX-WXX", grain: weekday == nil ? .week : .day, relative: true)
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
        let (year, relative) = try year(p.year, anchor: anchor) { y in CivilDate(y, q * 3 - 1, 15) }
        return Piece(value: "\(yearText(year))-Q\(q)", grain: .quarter, relative: relative, year: year)
      case .relative(let offset):
        guard let a = anchor else { return Piece(value: "XXXX-QX", grain: .quarter, relative: true) }
        let index = a.date.year * 4 + (a.date.month - 1) / 3 + offset
        let year = floorDiv(index, 4)
        return Piece(value: "\(DateFormat.year(year))-Q\(index - year * 4 + 1)", grain: .quarter, relative: true, year: year)
      }

    case .half(let half):
      let (year, relative) = try yearOrAnchorYear(p.year, anchor: anchor)
      return Piece(value: "\(yearText(year))-H\(half)", grain: .half, relative: relative, year: year)

    case .holiday(let holiday):
      let (year, relative) = try year(p.year, anchor: anchor) { y in holidayDate(holiday, year: y) }
      guard let year else {
        return Piece(value: holiday.fixedDay.map { "XXXX-\(DateFormat.two($0.month))-\(DateFormat.two($0.day))" } ?? "XXXX-XX-XX", grain: .day, relative: true)
      }
      guard let date = holidayDate(holiday, year: year) else {
        throw DateResolutionError(message: "the holiday cannot be computed for the year \(year)")
      }
      if let official = holiday.officialPeriod, let period = ChineseCivilCalendar.bundled.officialPeriod(of: official.rawValue, year: year) {
        return Piece(value: "\(period.first.iso)/\(period.last.iso)", grain: .day, relative: relative, year: year, month: period.first.month)
      }
      return Piece(value: date.iso, grain: .day, relative: relative, year: date.year, month: date.month)

    case .lunar(let month, let day, let leap):
      guard (1...12).contains(month), (1...30).contains(day) else {
        throw DateResolutionError(message: "there is no lunar month \(month) day \(day)")
      }
      let (year, relative) = try year(p.year, anchor: anchor) { y in ChineseCalendar.gregorian(year: y, month: month, day: day, leap: leap) }
      guard let year else { return Piece(value: "XXXX-XX-XX", grain: .day, relative: true) }
      guard let date = ChineseCalendar.gregorian(year: year, month: month, day: day, leap: leap) else {
        throw DateResolutionError(message: "the Chinese year beginning in \(year) has no \(leap ? "leap " : "")month \(month) day \(day)")
      }
      return Piece(value: date.iso, grain: .day, relative: relative, year: date.year, month: date.month)

    case .yearPart(let part):
      var (year, relative) = try yearOrAnchorYear(p.year, anchor: anchor)
      // 年底 in January or February is the year just ended.
      if p.year == nil, part == .late, let a = anchor, a.date.month <= 2 { year = a.date.year - 1 }
      let y = yearText(year)
      let months: (Int, Int) = switch part {
      case .early, .firstDekad, .firstHalf: (1, 2)
      case .middle, .secondDekad: (6, 7)
      case .late, .thirdDekad, .secondHalf: (11, 12)
      }
      return Piece(value: "\(y)-\(DateFormat.two(months.0))/\(y)-\(DateFormat.two(months.1))", grain: .month, relative: relative, year: year)

    case .firstPeriods(let division, let count):
      guard (1...division.perYear).contains(count) else {
        throw DateResolutionError(message: "a year has no \(count) \(division == .month ? "months" : "quarters")")
      }
      var (year, relative) = try yearOrAnchorYear(p.year, anchor: anchor)
      // 前11个月 in January: the year just ended (this year's eleven months are still ahead).
      let lastMonth = division == .month ? count : count * 3
      if p.year == nil, let a = anchor, a.date.month <= 2, lastMonth > a.date.month { year = a.date.year - 1 }
      let y = yearText(year)
      let value = division == .month
        ? "\(y)-01/\(y)-\(DateFormat.two(count))"
        : "\(y)-Q1/\(y)-Q\(count)"
      return Piece(value: value, grain: division == .month ? .month : .quarter, relative: relative, year: year)

    case .monthPart(let month, let part):
      let whole = try calendar(year: p.year, month: month, day: nil, anchor: anchor)
      let days: (Int, Int?) = switch part {
      case .early, .firstDekad: (1, 10)
      case .middle, .secondDekad: (11, 20)
      case .late, .thirdDekad: (21, nil)
      case .firstHalf: (1, 15)
      case .secondHalf: (16, nil)
      }
      let last = days.1 ?? (whole.year.flatMap { y in whole.month.map { CivilDate.daysIn(year: y, month: $0) } }) ?? 31
      let value = "\(whole.value)-\(DateFormat.two(days.0))/\(whole.value)-\(DateFormat.two(last))"
      return Piece(value: value, grain: .day, relative: whole.relative, year: whole.year, month: whole.month)

    case .years(let span):
      return try Self.span(span, anchor: anchor)

    case .season(let season):
      return try Self.season(season, year: p.year, anchor: anchor)
    }
  }

  private static func calendar(year yearReference: YearReference?, month: MonthReference?, day: Int?, anchor: DateAnchor?) throws(DateResolutionError) -> Piece {
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
      let (year, relative) = try year(yearReference, anchor: anchor) { y in
        CivilDate.isValid(year: y, month: m, day: day ?? 15) ? CivilDate(y, m, day ?? 15) : nil
      }
      guard let year else {
        return Piece(value: "XXXX-\(DateFormat.two(m))" + (day.map { "-" + DateFormat.two($0) } ?? ""), grain: day == nil ? .month : .day, relative: true, month: m)
      }
      return try dated(year: year, month: m, day: day, relative: relative)

    case nil:
      if let day {
        guard (1...31).contains(day) else { throw DateResolutionError(message: "there is no day \(day) in any month") }
        guard yearReference == nil, let a = anchor else {
          return Piece(value: "XXXX-XX-\(DateFormat.two(day))", grain: .day, relative: true)
        }
        // The month (this, the last or the next) that puts the day nearest the anchor.
        var best: CivilDate?
        for offset in [0, -1, 1] {
          let index = a.date.year * 12 + (a.date.month - 1) + offset
          let y = floorDiv(index, 12), m = index - y * 12 + 1
          guard CivilDate.isValid(year: y, month: m, day: day) else { continue }
          let candidate = CivilDate(y, m, day)
          if best.map({ abs($0.dayNumber - a.date.dayNumber) > abs(candidate.dayNumber - a.date.dayNumber) }) ?? true { best = candidate }
        }
        guard let date = best else { throw DateResolutionError(message: "no month near the anchor has day \(day)") }
        return Piece(value: date.iso, grain: .day, relative: true, year: date.year, month: date.month)
      }
      let (year, relative) = try yearOrAnchorYear(yearReference, anchor: anchor)
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

  /// The year as stated, relative to the anchor, or (when unstated) the one of the
  /// anchor's year −1, 0, +1 whose `day(year)` lies nearest the anchor.
  private static func year(_ reference: YearReference?, anchor: DateAnchor?, day: (Int) -> CivilDate?) throws(DateResolutionError) -> (Int?, Bool) {
    switch reference {
    case .absolute(let y)?:
      guard (1...9999).contains(y) else { throw DateResolutionError(message: "the year \(y) is out of range") }
      return (y, false)
    case .relative(let offset)?:
      return (anchor.map { $0.date.year + offset }, true)
    case .twoDigit(let yy)?:
      return (anchor.map { century(yy, anchorYear: $0.date.year) }, true)
    case nil:
      guard let a = anchor else { return (nil, true) }
      var best: (year: Int, distance: Int)?
      for y in [a.date.year, a.date.year - 1, a.date.year + 1] {
        guard let date = day(y) else { continue }
        let distance = abs(date.dayNumber - a.date.dayNumber)
        if best.map({ distance < $0.distance }) ?? true { best = (y, distance) }
      }
      return (best?.year ?? a.date.year, true)
    }
  }

  static func yearOrAnchorYear(_ reference: YearReference?, anchor: DateAnchor?) throws(DateResolutionError) -> (Int?, Bool) {
    switch reference {
    case .absolute(let y)?:
      guard (1...9999).contains(y) else { throw DateResolutionError(message: "the year \(y) is out of range") }
      return (y, false)
    case .relative(let offset)?: return (anchor.map { $0.date.year + offset }, true)
    case .twoDigit(let yy)?: return (anchor.map { century(yy, anchorYear: $0.date.year) }, true)
    case nil: return (anchor?.date.year, true)
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
    case .nthWeekday(let m, let nth, let weekday, let days):
      CivilDate.isValid(year: year, month: m, day: 1)
        ? CivilDate(year, m, 1).adding(days: (weekday - CivilDate(year, m, 1).weekday + 7) % 7 + 7 * (nth - 1) + days) : nil
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
    }
  }

  private static func yearText(_ year: Int?) -> String { year.map(DateFormat.year) ?? "XXXX" }

  private static func floorDiv(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}

extension DatePoint {
  /// A point counted from the anchor itself (下个月, 上周, 本季度, 明天), which the year of a
  /// range's start must not move.
  var countsFromTheAnchor: Bool {
    switch body {
    case .relativeDay, .week, .relativeMinutes, .quarter(.relative), .calendar(.relative?, _): true
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
