// Periods longer than a year, and seasons: intervals of years or of months.
extension DateResolver {
  /// A decade (`1990/1999`), a century (`1700/1799`) or years named outright, or a part of one,
  /// as an interval of years: a decade's 初/中/末 are its years 0–2, 4–6, 7–9; a century's
  /// 初/中叶/末 its years 00–09, 40–69, 90–99, its 上半叶/下半叶 00–49, 50–99.
  static func span(_ span: YearSpan, anchor: DateAnchor?) throws(DateResolutionError) -> Piece {
    func century(_ c: YearSpan.CenturyReference) -> Int? {
      switch c {
      case .absolute(let n): n
      case .relative(let offset): anchor.map { $0.date.year / 100 + 1 + offset }
      }
    }
    var first: Int?
    let length: Int
    var relative = false
    switch span.unit {
    case .decade(let decade, let c):
      length = 10
      if let c {
        if case .relative = c { relative = true }
        first = century(c).map { ($0 - 1) * 100 + decade }
      } else {
        relative = true
        first = anchor.map { a in a.date.year - ((a.date.year % 100) - decade + 100) % 100 }
        if first == nil {
          // 90年代 without an anchor: the century stays unknown.
          let (low, high) = part(span.part, of: 10)
          return Piece(value: "XX\(DateFormat.two(decade + low))/XX\(DateFormat.two(decade + high))", grain: .year, relative: true)
        }
      }
    case .century(let c):
      length = 100
      if case .relative = c { relative = true }
      first = century(c).map { ($0 - 1) * 100 }
    case .years(let a, let b):
      guard (1...9999).contains(a), (1...9999).contains(b) else { throw DateResolutionError(message: "the years \(a)–\(b) are out of range") }
      length = b - a + 1
      first = a
    }
    guard let first else { return Piece(value: "XXXX/XXXX", grain: .year, relative: true) }
    let (low, high) = length == 10 || length == 100 ? part(span.part, of: length) : (0, length - 1)
    guard (1...9999).contains(first + low), (1...9999).contains(first + high) else {
      throw DateResolutionError(message: "the years \(first + low)–\(first + high) are out of range")
    }
    return Piece(value: "\(DateFormat.year(first + low))/\(DateFormat.year(first + high))", grain: .year, relative: relative, year: first + low)
  }

  /// The years of a decade or a century that a part names, counted from its first year.
  private static func part(_ part: SpanPart?, of length: Int) -> (Int, Int) {
    switch (part, length) {
    case (nil, _): (0, length - 1)
    case (.early?, 10): (0, 2)
    case (.middle?, 10): (4, 6)
    case (.late?, 10): (7, 9)
    case (.early?, _): (0, 9)
    case (.middle?, _): (40, 69)
    case (.late?, _): (90, 99)
    case (.firstHalf?, _): (0, length / 2 - 1)
    case (.secondHalf?, _): (length / 2, length - 1)
    }
  }

  /// A season of a year as its months (`2024-06/2024-08`); winter runs into the next year.
  static func season(_ season: Int, year reference: YearReference?, anchor: DateAnchor?) throws(DateResolutionError) -> Piece {
    guard (1...4).contains(season) else { throw DateResolutionError(message: "there is no season \(season)") }
    let (year, relative) = try yearOrAnchorYear(reference, anchor: anchor)
    let first = season * 3
    guard let year else {
      return Piece(value: "XXXX-\(DateFormat.two(first))/XXXX-\(DateFormat.two(season == 4 ? 2 : first + 2))", grain: .month, relative: true)
    }
    guard (1...9998).contains(year) else { throw DateResolutionError(message: "the year \(year) is out of range") }
    let end = season == 4 ? "\(DateFormat.year(year + 1))-02" : "\(DateFormat.year(year))-\(DateFormat.two(first + 2))"
    return Piece(value: "\(DateFormat.year(year))-\(DateFormat.two(first))/\(end)", grain: .month, relative: relative, year: year, month: first)
  }
}
