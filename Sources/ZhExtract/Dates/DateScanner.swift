/// The rules layer: finds date expressions in analysis text without resolving them.
///
/// One left-to-right pass over the scalars; at each position the rules below are tried
/// and the longest match wins. Every rule reads a bounded number of scalars, and a run of
/// digits that starts no date is skipped whole, so the pass is linear in the text (a
/// million digits in a row are one skip).
package struct DateScanner: Sendable {
  /// A date found in the text, or a damaged one declined with a reason.
  package struct Match: Hashable, Sendable {
    package var start: Int
    package var end: Int
    package var expression: DateExpression?
    package var rule: String
    /// Why nothing (or only part) was read: becomes a `dates.declined-…` warning.
    package var declined: (code: String, reason: String)?

    package static func == (a: Match, b: Match) -> Bool {
      a.start == b.start && a.end == b.end && a.expression == b.expression && a.rule == b.rule && a.declined?.code == b.declined?.code
    }
    package func hash(into h: inout Hasher) { h.combine(start); h.combine(end); h.combine(rule) }
  }

  package let vocabulary: DateVocabulary
  /// One bit per BMP scalar that may begin a date: every other position is skipped at the
  /// cost of one lookup.
  private let starters: [UInt64]

  package init(vocabulary: DateVocabulary) {
    self.vocabulary = vocabulary
    var bits = [UInt64](repeating: 0, count: 65536 / 64)
    func mark(_ v: UInt32) { if v < 65536 { bits[Int(v >> 6)] |= 1 << UInt64(v & 63) } }
    for v in vocabulary.words.firstScalars.union(vocabulary.holidays.firstScalars).union(vocabulary.englishMonths.firstScalars) { mark(v) }
    for v in UInt32(0x30)...0x39 { mark(v) }
    for c in "〇零○一二两三四五六七八九十廿卅年月农阴闰正冬腊大从第QqFf".unicodeScalars { mark(c.value) }
    starters = bits
  }

  @inline(__always) private func mayStart(_ c: Unicode.Scalar) -> Bool {
    let v = c.value
    return v < 65536 && bits(v)
  }
  @inline(__always) private func bits(_ v: UInt32) -> Bool { starters[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }

  /// Words after which a compact `YYYYMMDD` is read as a date (a dateline cue).
  static let compactCues: [[Unicode.Scalar]] = ["时间", "日期", "发布于", "发表于", "更新于", "发布"].map { Array($0.unicodeScalars) }

  package func scan(_ s: [Unicode.Scalar]) -> [Match] {
    var found: [Match] = []
    var i = 0
    let n = s.count
    let cursor = Cursor(s: s, vocabulary: vocabulary)
    while i < n {
      guard mayStart(s[i]) else {
        i += 1
        continue
      }
      if let match = cursor.match(at: i) {
        found.append(match)
        i = max(match.end, i + 1)
        continue
      }
      if isASCIIDigit(s[i]) {
        // Skip the whole number (and letters glued to it): no date starts inside it.
        while i < n, isASCIIAlphanumeric(s[i]) { i += 1 }
      } else if isASCIILetter(s[i]) {
        // Skip the word; a number right after it (OpenAI2024年) is tried on its own.
        while i < n, isASCIILetter(s[i]) { i += 1 }
      } else {
        i += 1
      }
    }
    return found
  }
}

@inline(__always) func isASCIIDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
@inline(__always) func isASCIILetter(_ s: Unicode.Scalar) -> Bool { (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
@inline(__always) func isASCIIAlphanumeric(_ s: Unicode.Scalar) -> Bool { isASCIIDigit(s) || isASCIILetter(s) }
@inline(__always) func isIdeograph(_ s: Unicode.Scalar) -> Bool { (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) }

/// The rules, reading `s` from a position. Every method returns `nil` without a match and
/// never reads more than a few dozen scalars.
struct Cursor {
  let s: [Unicode.Scalar]
  let vocabulary: DateVocabulary

  typealias Point = (point: DatePoint, end: Int, rule: String, fiscal: Bool)

  func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < s.count ? s[i] : nil }
  func isAt(_ i: Int, _ c: Unicode.Scalar) -> Bool { at(i) == c }
  func isAt(_ i: Int, _ word: String) -> Bool {
    var k = i
    for c in word.unicodeScalars {
      guard at(k) == c else { return false }
      k += 1
    }
    return true
  }

  func skipSpaces(_ i: Int) -> Int {
    var k = i
    while let c = at(k), c == " " || c == "\u{3000}" || c == "\t" { k += 1 }
    return k
  }

  /// A run of ASCII digits at `i`: its value and length (at most `max` digits; longer runs
  /// give `nil`, so nothing is ever read from the middle of a long number).
  func digits(_ i: Int, max: Int) -> (value: Int, end: Int)? {
    var k = i, v = 0
    while let c = at(k), isASCIIDigit(c) {
      guard k - i < max else { return nil }
      v = v * 10 + Int(c.value - 0x30)
      k += 1
    }
    return k > i ? (v, k) : nil
  }

  /// A small Chinese number (一, 十二, 二十七, 三十一, 廿三) of at most `max` characters.
  func chinese(_ i: Int, max: Int = 3) -> (value: Int, end: Int)? {
    var k = i
    while let c = at(k), NumeralCharacter.chineseDigit(c) != nil || c == "十" || c == "廿" || c == "卅" {
      guard k - i < max else { return nil }
      k += 1
    }
    guard k > i else { return nil }
    var run = Array(s[i..<k])
    if run.first == "廿" { run.replaceSubrange(0..<1, with: ["二", "十"]) }
    if run.first == "卅" { run.replaceSubrange(0..<1, with: ["三", "十"]) }
    guard let v = NumeralCharacter.smallInteger(run) else { return nil }
    return (v, k)
  }

  /// A number written either way.
  func number(_ i: Int, max: Int) -> (value: Int, end: Int)? {
    guard let c = at(i) else { return nil }
    return isASCIIDigit(c) ? digits(i, max: max) : chinese(i, max: max + 1)
  }

  // MARK: - The entry point

  func match(at i: Int) -> DateScanner.Match? {
    guard let c = at(i) else { return nil }
    let previous = at(i - 1)
    if isASCIIDigit(c) {
      // Not inside a number or a version (GPT-5.1, iOS 18.2, v2.0).
      if let p = previous, isASCIIDigit(p) { return nil }
      if let p = previous, p == "." || p == "-" || p == "/" || p == ":", let q = at(i - 2), isASCIIAlphanumeric(q) { return nil }
      if let damaged = damaged(at: i) { return damaged }
    } else if isASCIILetter(c), let p = previous, isASCIIAlphanumeric(p) {
      return nil
    }
    if let p = previous, NumeralCharacter.chineseDigit(c) != nil || c == "十" {
      // Not the tail of a Chinese number (三十一月 is not 一月).
      if NumeralCharacter.chineseDigit(p) != nil || NumeralCharacter.smallUnit(p) != nil { return nil }
    }
    guard var first = point(at: i) else { return nil }
    // A weekday before a day (`星期二, 3 2 月, 2026`) belongs to it.
    if first.rule == "weekday" {
      var k = first.end
      if at(k) == "," { k += 1 }
      k = skipSpaces(k)
      if k > first.end, let day = point(at: k), case .calendar(_, _?) = day.point.body { first = day }
    }
    var end = first.end
    var expression = DateExpression(first.point, fiscal: first.fiscal)
    var rule = first.rule
    var start = i
    if let range = rangeEnd(after: first) {
      expression.end = range.point
      expression.fiscal = expression.fiscal || range.fiscal
      end = range.end
      rule = first.rule == "weekend" ? "weekend" : rule + "-to-" + range.rule
      // 从2024Q1到2025Q4: the 从 belongs to the range.
      if isAt(i - 1, "从") { start = i - 1 }
    }
    // A weekday after a day (`10月12号,星期一`) belongs to it.
    if expression.end == nil, case .calendar(_, _?) = first.point.body, let weekdayEnd = trailingWeekday(after: end) {
      end = weekdayEnd
    }
    if rule.hasPrefix("year-range:") { rule = "year-range" }
    // Glued to a word (v2025.12.13, OpenAI2024年): only a date written with 年/月/日 counts.
    if isASCIIDigit(c), let p = previous, isASCIILetter(p), !s[i..<end].contains(where: { $0 == "年" || $0 == "月" || $0 == "日" }) { return nil }
    return DateScanner.Match(start: start, end: end, expression: expression, rule: rule)
  }

  // MARK: - Points

  /// One calendar point starting at `i`: the rules in order, longest first.
  func point(at i: Int) -> Point? {
    guard let c = at(i) else { return nil }
    if isASCIIDigit(c) {
      if let p = yearRange(at: i) ?? numericDate(at: i) ?? englishDayFirst(at: i) ?? wordPressDate(at: i) { return p }
    }
    if let p = yearLed(at: i) { return p }
    if let p = lunar(at: i, year: nil) { return p }
    if let p = monthLed(at: i, year: nil) { return p }
    if let p = dayOnly(at: i) { return p }
    if let p = quarterLetter(at: i) { return p }
    if let p = englishMonthFirst(at: i) { return p }
    return vocabularyPoint(at: i)
  }

  /// `2026-2027 年`, `2019~2023年`, `2024至2026年`.
  func yearRange(at i: Int) -> Point? {
    guard let a = digits(i, max: 4), a.end - i == 4, (1000...2999).contains(a.value) else { return nil }
    var k = skipSpaces(a.end)
    guard let c = at(k), c == "-" || c == "~" || c == "–" || c == "—" || c == "至" || c == "到" else { return nil }
    k = skipSpaces(k + 1)
    guard let b = digits(k, max: 4), b.end - k == 4, (1000...2999).contains(b.value), b.value > a.value else { return nil }
    let e = skipSpaces(b.end)
    // The end year rides in the rule name and is read back by `rangeEnd`.
    if isAt(i - 1, "从"), c != "至", !isAt(e, "年"), !(at(b.end).map(isASCIIAlphanumeric) ?? false) {
      return (DatePoint(year: .absolute(a.value), .calendar(month: nil, day: nil)), b.end, "year-range:\(b.value)", false)
    }
    guard isAt(e, "年"), !isAt(e + 1, "代") else { return nil }
    return (DatePoint(year: .absolute(a.value), .calendar(month: nil, day: nil)), e + 1, "year-range:\(b.value)", false)
  }

  /// `2025-12-13`, `2025/12/13`, `2025.12.13`, `2025-12` (with a time after a day).
  func numericDate(at i: Int) -> Point? {
    guard let y = digits(i, max: 4), y.end - i == 4, (1000...2999).contains(y.value) else { return nil }
    guard let sep = at(y.end), sep == "-" || sep == "/" || sep == "." else { return nil }
    guard let m = digits(y.end + 1, max: 2), (1...12).contains(m.value) else { return nil }
    if at(m.end) == sep, let d = digits(m.end + 1, max: 2) {
      guard !(at(d.end).map { isASCIIAlphanumeric($0) || $0 == sep } ?? false) else { return nil }
      var point = DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.value), day: d.value))
      var end = d.end
      if at(end) == "T", let t = clockTime(at: end + 1) {
        point.time = t.time
        end = t.end
      } else if let t = timeOfDay(at: end) {
        point.time = t.time
        end = t.end
      }
      let e = skipSpaces(end)
      if isAt(e, "日") || isAt(e, "号") { end = e + 1 }
      return (point, end, "ymd-numeric", false)
    }
    // Year and month only: `2007-05` (never `2025.5`: a decimal).
    guard sep != ".", m.end - (y.end + 1) == 2, !(at(m.end).map { isASCIIAlphanumeric($0) || $0 == sep || $0 == "." } ?? false) else { return nil }
    return (DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.value), day: nil)), m.end, "ym-numeric", false)
  }

  /// A year, then what may follow it (quarter, half, holiday, part, month and day).
  func yearLed(at i: Int) -> Point? {
    guard let y = year(at: i) else { return nil }
    let yearPoint = DatePoint(year: y.year, .calendar(month: nil, day: nil))
    let k = skipSpaces(y.end)
    if let q = quarter(at: k) { return (DatePoint(year: y.year, .quarter(q.quarter)), q.end, y.rule + "-quarter", y.fiscal || q.fiscal) }
    if let w = vocabulary.words.longestMatch(in: s, at: k), case .half(let h) = w.value {
      return (DatePoint(year: y.year, .half(h)), w.end, y.rule + "-half", y.fiscal)
    }
    if let (h, end) = halfLetter(at: k) { return (DatePoint(year: y.year, .half(h)), end, y.rule + "-half", y.fiscal) }
    if let h = vocabulary.holidays.longestMatch(in: s, at: k) {
      return (DatePoint(year: y.year, .holiday(h.value)), h.end, y.rule + "-holiday", false)
    }
    if let l = lunar(at: k, year: y.year) { return (l.point, l.end, y.rule + "-" + l.rule, false) }
    if y.suffixedByYear, let part = yearPart(at: y.end) {
      return (DatePoint(year: y.year, .yearPart(part.part)), part.end, y.rule + "-part", y.fiscal)
    }
    if y.suffixedByYear || y.relative, let m = monthLed(at: k, year: y.year) {
      return (m.point, m.end, y.rule + "-" + m.rule, y.fiscal)
    }
    guard y.suffixedByYear || y.fiscal else { return nil }
    return (yearPoint, y.end, y.rule, y.fiscal)
  }

  struct YearMatch {
    var year: YearReference
    var end: Int
    var rule: String
    var fiscal: Bool
    /// Ends in 年 (or 财年): a month or a part may follow directly.
    var suffixedByYear: Bool
    var relative: Bool
  }

  /// `2025年`, `2025 年`, `二〇二五年`, `2025财年`, `2025年度`, `FY2026`, `今年`, `去年` …; also a
  /// bare `2025` before a quarter (`2025Q4`, `2025 Q4`).
  func year(at i: Int) -> YearMatch? {
    guard let c = at(i) else { return nil }
    if isASCIIDigit(c) {
      guard let y = digits(i, max: 4), y.end - i == 4 else { return nil }
      let k = skipSpaces(y.end)
      if isAt(k, "财年") || isAt(k, "财政年度") {
        return YearMatch(year: .absolute(y.value), end: k + (isAt(k, "财年") ? 2 : 4), rule: "fiscal-year", fiscal: true, suffixedByYear: true, relative: false)
      }
      // 2030年前 is "before 2030" (four digits are no count of years), 80年代 a decade.
      if isAt(k, "年") && !isAt(k + 1, "代") && ((1000...2999).contains(y.value) || !isAt(k + 1, "前")) {
        let end = isAt(k + 1, "度") ? k + 2 : k + 1
        return YearMatch(year: .absolute(y.value), end: end, rule: "year", fiscal: false, suffixedByYear: true, relative: false)
      }
      if (1000...2999).contains(y.value), (at(k) == "Q" || at(k) == "q" || at(k) == "H"), at(k + 1).map(isASCIIDigit) ?? false {
        return YearMatch(year: .absolute(y.value), end: y.end, rule: "year", fiscal: false, suffixedByYear: false, relative: false)
      }
      return nil
    }
    if c == "F" || c == "f", at(i + 1) == "Y" || at(i + 1) == "y" {
      let k = at(i + 2) == " " ? i + 3 : i + 2
      guard let y = digits(k, max: 4), y.end - k == 4 || y.end - k == 2, !(at(y.end).map(isASCIILetter) ?? false) else { return nil }
      return YearMatch(year: .absolute(y.end - k == 2 ? 2000 + y.value : y.value), end: y.end, rule: "fiscal-year", fiscal: true, suffixedByYear: false, relative: false)
    }
    if NumeralCharacter.chineseDigit(c) != nil {
      // Digit by digit, exactly four: 二〇二五年.
      var k = i, v = 0
      while k - i < 4, let d = at(k).flatMap(NumeralCharacter.chineseDigit) { v = v * 10 + d; k += 1 }
      guard k - i == 4, at(k).flatMap(NumeralCharacter.chineseDigit) == nil, isAt(k, "年") else { return nil }
      return YearMatch(year: .absolute(v), end: k + 1, rule: "year-chinese", fiscal: false, suffixedByYear: true, relative: false)
    }
    if let w = vocabulary.words.longestMatch(in: s, at: i), case .year(let offset) = w.value {
      return YearMatch(year: .relative(offset), end: w.end, rule: "relative-year", fiscal: false, suffixedByYear: true, relative: true)
    }
    return nil
  }

  /// `第四季度`, `四季度`, `一季度`, `Q4`, `第1季度`, `第一财季`.
  func quarter(at i: Int) -> (quarter: QuarterReference, end: Int, fiscal: Bool)? {
    if let c = at(i), c == "Q" || c == "q", let q = digits(i + 1, max: 1), (1...4).contains(q.value), !(at(q.end).map(isASCIIAlphanumeric) ?? false) {
      return (.absolute(q.value), q.end, false)
    }
    let k = isAt(i, "第") ? i + 1 : i
    guard let q = number(k, max: 1), (1...4).contains(q.value) else { return nil }
    if isAt(q.end, "季度") { return (.absolute(q.value), q.end + 2, false) }
    if isAt(q.end, "财季") { return (.absolute(q.value), q.end + 2, true) }
    return nil
  }

  /// `H1`, `H2` right after a year.
  func halfLetter(at i: Int) -> (Int, Int)? {
    guard at(i) == "H", let h = digits(i + 1, max: 1), (1...2).contains(h.value), !(at(h.end).map(isASCIIAlphanumeric) ?? false) else { return nil }
    return (h.value, h.end)
  }

  /// `初`, `底`, `末`, `中` right after 年 or 月 (`中` only before a non-ideograph: `2025年中国`
  /// is not mid-2025).
  func yearPart(at i: Int) -> (part: PeriodPart, end: Int)? {
    guard let w = vocabulary.words.longestMatch(in: s, at: i), case .part(let part) = w.value else { return nil }
    if part == .middle, let next = at(w.end), isIdeograph(next), next != "旬" { return nil }
    if part == .early, let next = at(w.end), NumeralCharacter.chineseDigit(next) != nil || next == "十" { return nil }  // 初一: a lunar day
    if w.end - i == 1, let next = at(w.end), part != .middle, next == "期" || next == "步" || next == "部" || next == "线" { return nil }
    return (part, w.end)
  }

  /// A month and what follows it: `12月13日`, `1 月 27 日 08:00`, `3月`, `3月底`, `本月15日`.
  func monthLed(at i: Int, year: YearReference?) -> Point? {
    var month: MonthReference
    var k: Int
    var rule = "month"
    if let w = vocabulary.words.longestMatch(in: s, at: i), case .month(let offset) = w.value {
      month = .relative(offset)
      k = w.end
      rule = "relative-month"
    } else {
      guard let m = number(i, max: 2) else { return nil }
      let e = skipSpaces(m.end)
      guard isAt(e, "月"), !isAt(e + 1, "份额") else { return nil }
      if let c = at(i), !isASCIIDigit(c) {
        // A lunar month (正月十五, 八月十五 after 农历) is read by `lunar`; a Chinese month
        // needs a year, a day or a clear end (三月 alone is often a count).
        if m.value > 12 { return nil }
      }
      month = .absolute(m.value)
      k = e + 1
      if isAt(k, "份") { k += 1 }
    }
    let afterMonth = k
    if let part = yearPart(at: k) ?? dekad(at: k) {
      return (DatePoint(year: year, .monthPart(month, part.part)), part.end, rule + "-part", false)
    }
    let d0 = skipSpaces(k)
    if let d = number(d0, max: 2) {
      let e = skipSpaces(d.end)
      if isAt(e, "日") || isAt(e, "号") {
        var point = DatePoint(year: year, .calendar(month: month, day: d.value))
        var end = e + 1
        if let t = timeOfDay(at: end) { point.time = t.time; end = t.end }
        return (point, end, rule + "-day", false)
      }
      // 八月十五, 一月二十三: a Chinese day without 日 at the end of a phrase.
      if d0 == k, let c = at(d0), !isASCIIDigit(c), !(at(d.end).map { isIdeograph($0) || isASCIIAlphanumeric($0) } ?? false) {
        return (DatePoint(year: year, .calendar(month: month, day: d.value)), d.end, rule + "-day", false)
      }
    }
    // A Chinese month alone must not be a name (五月天).
    if let c = at(i), NumeralCharacter.chineseDigit(c) != nil || c == "十", year == nil, isAt(afterMonth, "天") { return nil }
    return (DatePoint(year: year, .calendar(month: month, day: nil)), afterMonth, rule, false)
  }

  func dekad(at i: Int) -> (part: PeriodPart, end: Int)? {
    guard let w = vocabulary.words.longestMatch(in: s, at: i), case .part(let part) = w.value, w.end - i == 2 else { return nil }
    return (part, w.end)
  }

  /// `13日`, `27号` alone (Arabic digits; a bare Chinese day is too often a count).
  func dayOnly(at i: Int) -> Point? {
    guard let c = at(i), isASCIIDigit(c), let d = digits(i, max: 2) else { return nil }
    let e = skipSpaces(d.end)
    // 12号 is a day only where no noun follows (3号线, 1号店 are names).
    let hao = isAt(e, "号") && !(at(e + 1).map { isIdeograph($0) && !"前后起的到至晚早上下当".unicodeScalars.contains($0) } ?? false)
    guard isAt(e, "日") || hao, !isAt(i - 1, "第") else { return nil }
    // 3日内, 7日均线, 7日年化: durations and windows.
    if let next = at(e + 1), next == "内" || next == "均" || next == "年" || next == "线" || (next == "以" || next == "之") && isAt(e + 2, "内") { return nil }
    var point = DatePoint(.calendar(month: nil, day: d.value))
    var end = e + 1
    if let t = timeOfDay(at: end) { point.time = t.time; end = t.end }
    return (point, end, "day", false)
  }

  /// `十二日` as the end of a range (`一月十日到十二日`).
  func chineseDay(at i: Int) -> Point? {
    guard let c = at(i), !isASCIIDigit(c), let d = chinese(i, max: 3), (1...31).contains(d.value), isAt(d.end, "日") || isAt(d.end, "号") else { return nil }
    return (DatePoint(.calendar(month: nil, day: d.value)), d.end + 1, "day", false)
  }

  /// `Q4`, `Q3 2025`, `Q1 FY2026` (a quarter named before its year).
  func quarterLetter(at i: Int) -> Point? {
    guard let q = quarter(at: i) else { return nil }
    if let c = at(i), c == "Q" || c == "q" {
      let k = skipSpaces(q.end)
      if let y = digits(k, max: 4), y.end - k == 4, (1000...2999).contains(y.value), !(at(y.end).map(isASCIIAlphanumeric) ?? false) {
        return (DatePoint(year: .absolute(y.value), .quarter(q.quarter)), y.end, "quarter-year", false)
      }
      if let y = year(at: k), y.fiscal {
        return (DatePoint(year: y.year, .quarter(q.quarter)), y.end, "quarter-fiscal-year", true)
      }
    }
    return (DatePoint(.quarter(q.quarter)), q.end, "quarter", q.fiscal)
  }

  /// `农历正月十五`, `农历2015年十月初一`, `正月初一`, `腊月二十三`, `大年初三`, `闰四月初五`.
  func lunar(at i: Int, year: YearReference?) -> Point? {
    var k = i
    var marked = false
    if isAt(k, "农历") || isAt(k, "阴历") {
      k += 2
      marked = true
    }
    var y = year
    if marked, year == nil, let ym = self.year(at: k), ym.suffixedByYear, !ym.fiscal {
      y = ym.year
      k = ym.end
    }
    if isAt(k, "大年初") || isAt(k, "大年") && isAt(k + 2, "初") {
      guard let d = chinese(k + 3, max: 2), (1...10).contains(d.value) else { return nil }
      return (DatePoint(year: y, .lunar(month: 1, day: d.value, leap: false)), d.end, "lunar", false)
    }
    var leap = false
    if isAt(k, "闰") { leap = true; k += 1 }
    var month: Int
    var strongMonth = false
    if isAt(k, "正月") { month = 1; k += 2; strongMonth = true }
    else if isAt(k, "冬月") { month = 11; k += 2; strongMonth = true }
    else if isAt(k, "腊月") { month = 12; k += 2; strongMonth = true }
    else {
      guard let m = chinese(k, max: 2), (1...12).contains(m.value), isAt(m.end, "月") else { return nil }
      month = m.value
      k = m.end + 1
    }
    var day: Int
    var chu = false
    if isAt(k, "初"), let d = chinese(k + 1, max: 2), (1...10).contains(d.value) {
      day = d.value
      k = d.end
      chu = true
    } else if (marked || strongMonth || leap), let d = chinese(k, max: 3), (1...30).contains(d.value) {
      day = d.value
      k = d.end
    } else {
      return nil
    }
    guard marked || strongMonth || leap || chu else { return nil }
    return (DatePoint(year: y, .lunar(month: month, day: day, leap: leap)), k, "lunar", false)
  }

  // MARK: - English

  func englishMonth(at i: Int) -> (month: Int, end: Int)? {
    guard let c = at(i), isASCIILetter(c), !(at(i - 1).map(isASCIILetter) ?? false), let m = vocabulary.englishMonths.longestMatch(in: s, at: i) else { return nil }
    var end = m.end
    if at(end) == "." { end += 1 } else if let next = at(end), isASCIILetter(next) { return nil }
    return (m.value, end)
  }

  /// `Nov. 18, 2025`, `December 1`, `November 2025`.
  func englishMonthFirst(at i: Int) -> Point? {
    guard let m = englishMonth(at: i) else { return nil }
    let k = skipSpaces(m.end)
    guard k > m.end || at(m.end - 1) == "." else { return nil }
    if let d = digits(k, max: 2), (1...31).contains(d.value) || d.end - k == 2 {
      var e = d.end
      for suffix in ["st", "nd", "rd", "th"] where isAt(e, suffix) { e += 2 }
      if let next = at(e), isASCIIAlphanumeric(next) { return nil }
      var j = e
      if at(j) == "," { j += 1 }
      j = skipSpaces(j)
      if let y = digits(j, max: 4), y.end - j == 4, !(at(y.end).map(isASCIIAlphanumeric) ?? false) {
        return (DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.month), day: d.value)), y.end, "english-mdy", false)
      }
      return (DatePoint(.calendar(month: .absolute(m.month), day: d.value)), e, "english-md", false)
    }
    if let y = digits(k, max: 4), y.end - k == 4, (1000...2999).contains(y.value), !(at(y.end).map(isASCIIAlphanumeric) ?? false) {
      return (DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.month), day: nil)), y.end, "english-my", false)
    }
    return nil
  }

  /// `18 November 2025`, `18 Nov`.
  func englishDayFirst(at i: Int) -> Point? {
    guard let d = digits(i, max: 2), (1...31).contains(d.value) else { return nil }
    let k = skipSpaces(d.end)
    guard k > d.end, let m = englishMonth(at: k) else { return nil }
    let j = skipSpaces(m.end)
    if let y = digits(j, max: 4), y.end - j == 4, !(at(y.end).map(isASCIIAlphanumeric) ?? false) {
      return (DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.month), day: d.value)), y.end, "english-dmy", false)
    }
    return (DatePoint(.calendar(month: .absolute(m.month), day: d.value)), m.end, "english-dm", false)
  }

  /// The WordPress Chinese header `3 2 月, 2026` (day, month number 月, year).
  func wordPressDate(at i: Int) -> Point? {
    guard let d = digits(i, max: 2), at(d.end) == " ", let m = digits(d.end + 1, max: 2) else { return nil }
    let e = skipSpaces(m.end)
    guard isAt(e, "月"), at(e + 1) == ",", let y = digits(skipSpaces(e + 2), max: 4), y.end - skipSpaces(e + 2) == 4 else { return nil }
    return (DatePoint(year: .absolute(y.value), .calendar(month: .absolute(m.value), day: d.value)), y.end, "day-month-year-header", false)
  }

  // MARK: - Words

  func vocabularyPoint(at i: Int) -> Point? {
    if let h = vocabulary.holidays.longestMatch(in: s, at: i) {
      return (DatePoint(.holiday(h.value)), h.end, "holiday", false)
    }
    // 年初, 年底, 月初, 月底 (this year's, this month's).
    if (isAt(i, "年") || isAt(i, "月")), !(at(i - 1).map { NumeralCharacter.digit($0) != nil || $0 == "个" || $0 == "每" || $0 == "多" || $0 == "半" || $0 == "几" } ?? false),
      let part = yearPart(at: i + 1) ?? (isAt(i, "月") ? dekad(at: i + 1) : nil) {
      let body: DatePoint.Body = isAt(i, "年") ? .yearPart(part.part) : .monthPart(.relative(0), part.part)
      if part.part == .middle && part.end == i + 2 { return nil }  // 年中/月中 alone: too often 年中国…
      return (DatePoint(year: isAt(i, "年") ? .relative(0) : nil, body), part.end, "relative-part", false)
    }
    guard let w = vocabulary.words.longestMatch(in: s, at: i) else { return nil }
    switch w.value {
    case .day(let offset):
      // 明日之星, 今日头条: a figure of speech and a name.
      if let next = at(w.end), next == "之" || isAt(w.end, "头条") { return nil }
      var point = DatePoint(.relativeDay(offset))
      var end = w.end
      let evening = at(w.end - 1) == "晚"
      if let t = timeOfDay(at: end, shift: evening ? 12 : 0) { point.time = t.time; end = t.end }
      return (point, end, "relative-day", false)
    case .week(let offset):
      if isAt(w.end, "末") { return weekend(offset: offset, end: w.end + 1) }
      if let wd = weekday(at: w.end) { return (DatePoint(.week(offset: offset, weekday: wd.weekday)), wd.end, "relative-week-day", false) }
      let end = isAt(w.end, "稍后") ? w.end + 2 : w.end
      return (DatePoint(.week(offset: offset, weekday: nil)), end, "relative-week", false)
    case .weekday:
      if let p = at(i - 1), p == "每" || p == "一" || p == "几" || p == "两" || p == "半" || p == "这" || p == "上" || p == "下" || isASCIIDigit(p) { return nil }
      if isAt(w.end, "末"), isAt(i, "周") { return weekend(offset: 0, end: w.end + 1) }
      guard let wd = weekday(at: w.end) else { return nil }
      if let next = at(wd.end), next == "刊" || next == "年" || next == "报" { return nil }
      return (DatePoint(.week(offset: 0, weekday: wd.weekday)), wd.end, "weekday", false)
    case .quarter(let offset):
      return (DatePoint(.quarter(.relative(offset))), w.end, "relative-quarter", false)
    case .month(let offset):
      if let m = monthLed(at: i, year: nil) { return m }
      return (DatePoint(.calendar(month: .relative(offset), day: nil)), w.end, "relative-month", false)
    case .half(let h):
      return (DatePoint(.half(h)), w.end, "half", false)
    case .year, .part:
      return nil
    }
  }

  /// `周末`, `下周末`: Saturday and Sunday of that week. The range end rides in the rule name.
  func weekend(offset: Int, end: Int) -> Point {
    (DatePoint(.week(offset: offset, weekday: 6)), end, "weekend", false)
  }

  /// 一 … 六, 日, 天, 1 … 7 after a week word.
  func weekday(at i: Int) -> (weekday: Int, end: Int)? {
    guard let c = at(i) else { return nil }
    let value: Int? = switch c {
    case "日", "天", "七": 7
    default: NumeralCharacter.digit(c).flatMap { (1...6).contains($0) ? $0 : nil }
    }
    guard let value else { return nil }
    if NumeralCharacter.digit(c) != nil, let next = at(i + 1), NumeralCharacter.digit(next) != nil || next == "十" { return nil }
    return (value, i + 1)
  }

  /// A weekday right after a day (`,星期一`, ` (周五)`), absorbed into the day's span.
  func trailingWeekday(after i: Int) -> Int? {
    var k = i
    if at(k) == "," { k += 1 }
    k = skipSpaces(k)
    let open = at(k) == "("
    if open { k += 1 }
    guard let w = vocabulary.words.longestMatch(in: s, at: k), case .weekday = w.value, let wd = weekday(at: w.end) else { return nil }
    if open { return at(wd.end) == ")" ? wd.end + 1 : nil }
    return wd.end
  }

  // MARK: - Times

  /// `08:00`, `8:30` (hour < 24, minute < 60).
  func clockTime(at i: Int) -> (time: TimeOfDay, end: Int)? {
    guard let h = digits(i, max: 2), h.value < 24, at(h.end) == ":", let m = digits(h.end + 1, max: 2), m.end - h.end == 3, m.value < 60 else { return nil }
    var end = m.end
    if at(end) == ":", let sec = digits(end + 1, max: 2), sec.end - end == 3 { end = sec.end }
    return (TimeOfDay(hour: h.value, minute: m.value), end)
  }

  /// A time after a day: ` 08:00`, `14时30分`, `下午3点`, `上午10点半`.
  func timeOfDay(at i: Int, shift defaultShift: Int = 0) -> (time: TimeOfDay, end: Int)? {
    let k = skipSpaces(i)
    if let t = clockTime(at: k) {
      return defaultShift > 0 && t.time.hour < 12 ? (TimeOfDay(hour: t.time.hour + defaultShift, minute: t.time.minute), t.end) : t
    }
    var j = k
    var shift = defaultShift
    for (word, add) in [("上午", 0), ("早上", 0), ("凌晨", 0), ("中午", 0), ("下午", 12), ("晚上", 12), ("傍晚", 12), ("夜里", 12), ("晚", 12)] where isAt(j, word) {
      j += word.unicodeScalars.count
      shift = add
      break
    }
    guard let h = number(j, max: 2), isAt(h.end, "点") || isAt(h.end, "时") else {
      if j > k, let t = clockTime(at: j) { return (TimeOfDay(hour: t.time.hour < 12 ? t.time.hour + shift : t.time.hour, minute: t.time.minute), t.end) }
      return nil
    }
    let hour = h.value < 12 ? h.value + shift : h.value
    guard hour < 24 else { return nil }
    var end = h.end + 1
    if isAt(end, "半") { return (TimeOfDay(hour: hour, minute: 30), end + 1) }
    if let m = number(end, max: 2), m.value < 60 {
      if isAt(m.end, "分") { return (TimeOfDay(hour: hour, minute: m.value), m.end + 1) }
      // 九点二十: minutes without 分 after 点.
      if isAt(h.end, "点"), !(at(m.end).map { isIdeograph($0) || isASCIIAlphanumeric($0) } ?? false) { return (TimeOfDay(hour: hour, minute: m.value), m.end) }
    }
    if isAt(h.end, "时"), isAt(end, "许") { end += 1 }
    return (TimeOfDay(hour: hour, minute: isAt(h.end, "点") && isAt(end, "整") ? 0 : nil), isAt(end, "整") ? end + 1 : end)
  }

  // MARK: - Ranges

  /// `至15日`, `到2025Q4`, `-2026年`, `~12月` after a point: the end of a range.
  func rangeEnd(after first: Point) -> Point? {
    if first.rule == "weekend", case .week(let offset, _) = first.point.body {
      return (DatePoint(.week(offset: offset, weekday: 7)), first.end, "sunday", false)
    }
    if first.rule.hasPrefix("year-range:"), let last = Int(first.rule.dropFirst("year-range:".count)) {
      return (DatePoint(year: .absolute(last), .calendar(month: nil, day: nil)), first.end, "year", false)
    }
    var k = skipSpaces(first.end)
    guard let c = at(k), c == "至" || c == "到" || c == "-" || c == "~" || c == "–" || c == "—" || c == "和" || c == "与" else { return nil }
    // 2015年和2018年之间: 和/与 make a range only with 之间 after the second date.
    let between = c == "和" || c == "与"
    k = skipSpaces(k + 1)
    guard let c2 = at(k), !(c2 == "今") else { return nil }
    guard var second = yearLed(at: k) ?? numericDate(at: k) ?? quarterLetter(at: k) ?? monthLed(at: k, year: nil) ?? dayOnly(at: k) ?? chineseDay(at: k) else { return nil }
    if between {
      if isAt(second.end, "之间") { second.end += 2 } else if isAt(second.end, "间") { second.end += 1 } else { return nil }
    }
    // Both ends must be of a kind: a day range, a month range, a quarter range, a year range.
    switch (first.point.body, second.point.body) {
    case (.calendar, .calendar), (.quarter, .quarter), (.half, .half): break
    default: return nil
    }
    if case .calendar(let m1, let d1) = first.point.body, case .calendar(let m2, let d2) = second.point.body {
      // `2025年-12月`: a year cannot end at a month; a day range needs days on both sides.
      if (d1 == nil) != (d2 == nil) { return nil }
      if m1 == nil && d1 == nil && (m2 != nil || second.point.year == nil) { return nil }
    }
    return second
  }

  // MARK: - Damaged scrapes

  /// Digits glued together by a scraper that dropped 年/月: `时间:20251110` (a compact date
  /// after a dateline cue), `202410月` (2024年10月), `627日` (6月27日 — read only when one
  /// split is possible). What cannot be read with confidence is declined with a reason.
  func damaged(at i: Int) -> DateScanner.Match? {
    guard let run = digits(i, max: 8) else { return nil }
    let length = run.end - i
    let after = skipSpaces(run.end)
    let cue = hasCompactCue(before: i)
    if length == 8 && cue && !(at(run.end).map(isASCIIAlphanumeric) ?? false) {
      let y = run.value / 10000, m = run.value / 100 % 100, d = run.value % 100
      guard CivilDate.isValid(year: y, month: m, day: d), (1000...2999).contains(y) else {
        return DateScanner.Match(start: i, end: run.end, expression: nil, rule: "compact-date",
                                 declined: ("dates.declined-compact", "\(AnalysisText.string(s[i..<run.end])) after a date cue is no valid YYYYMMDD date"))
      }
      return DateScanner.Match(start: i, end: run.end, expression: DateExpression(DatePoint(year: .absolute(y), .calendar(month: .absolute(m), day: d))), rule: "compact-date")
    }
    if length == 7 && cue && !(at(run.end).map(isASCIIAlphanumeric) ?? false) {
      // 2025116: 2025-1-16 or 2025-11-6. The year is certain, the day is not.
      let y = run.value / 1000
      guard (1000...2999).contains(y) else { return nil }
      return DateScanner.Match(start: i, end: run.end, expression: DateExpression(DatePoint(year: .absolute(y), .calendar(month: nil, day: nil))), rule: "compact-date-year-only",
                               declined: ("dates.declined-compact", "\(AnalysisText.string(s[i..<run.end])): seven digits after a date cue; month and day could be split more than one way, only the year \(y) is read"))
    }
    if length == 4, at(run.end) == "Q", let q = digits(run.end + 1, max: 16), q.end - run.end - 1 > 1 {
      // 2024Q12025Q4: two quarters run together (a dropped 到); which digits belong where is a guess.
      var end = q.end
      while end - i < 24, let c = at(end), isASCIIAlphanumeric(c) { end += 1 }
      return DateScanner.Match(start: i, end: end, expression: nil, rule: "damaged-quarters",
                               declined: ("dates.declined-run-together", "\(AnalysisText.string(s[i..<end])): quarters or years run together; not read"))
    }
    if length == 4, isAt(after, "月"), (1000...2999).contains(run.value) {
      // 2025月: the month's digits were lost; the year is certain.
      return DateScanner.Match(start: i, end: run.end, expression: DateExpression(DatePoint(year: .absolute(run.value), .calendar(month: nil, day: nil))), rule: "damaged-year-only",
                               declined: ("dates.declined-damaged-month", "\(run.value)月: the month's digits are missing; only the year \(run.value) is read"))
    }
    if (5...6).contains(length), isAt(after, "月") {
      let y = Int(String(AnalysisText.string(s[i..<(i + 4)]))) ?? 0
      let m = run.value % (length == 5 ? 10 : 100)
      guard (1000...2999).contains(y), (1...12).contains(m), length == 5 || s[i + 4] != "0" || m < 10 else { return nil }
      var end = after + 1
      if isAt(end, "份") { end += 1 }
      return DateScanner.Match(start: i, end: end, expression: DateExpression(DatePoint(year: .absolute(y), .calendar(month: .absolute(m), day: nil))), rule: "damaged-year-month")
    }
    if (3...4).contains(length), isAt(after, "日"), !isAt(i - 1, "第") {
      let text = AnalysisText.string(s[i..<run.end])
      var splits: [(Int, Int)] = []
      for cut in 1..<length {
        let m = run.value / pow10(length - cut), d = run.value % pow10(length - cut)
        if (1...12).contains(m), d >= 1, d <= CivilDate.daysIn(year: 2000, month: m), s[i] != "0", length - cut <= 2 { splits.append((m, d)) }
      }
      if splits.count == 1, let (m, d) = splits.first {
        return DateScanner.Match(start: i, end: after + 1, expression: DateExpression(DatePoint(.calendar(month: .absolute(m), day: d))), rule: "damaged-month-day")
      }
      return DateScanner.Match(start: i, end: after + 1, expression: nil, rule: "damaged-month-day",
                               declined: ("dates.declined-damaged-day", "\(text)\(at(after).map { String($0) } ?? ""): month and day run together and could be split \(splits.count) ways; not read"))
    }
    return nil
  }

  func hasCompactCue(before i: Int) -> Bool {
    var k = i - 1
    while let c = at(k), c == " " || c == ":" || c == "：" { k -= 1 }
    for cue in DateScanner.compactCues where k + 1 - cue.count >= 0 {
      if Array(s[(k + 1 - cue.count)...k]) == cue { return true }
    }
    return false
  }

  private func pow10(_ n: Int) -> Int { n == 1 ? 10 : n == 2 ? 100 : n == 3 ? 1000 : 1 }
}
