/// The rules, reading `s` from a position. Every method returns `nil` without a match and
/// never reads more than a few dozen scalars.
struct DateCursor {
  let s: [Unicode.Scalar]
  let vocabulary: DateVocabulary
  /// A Taiwanese article: a year of three digits is one of the Republic of China (`113年`).
  var taiwanese = false
  /// A text in Traditional script (Hong Kong, Taiwan, Macau): `09/07/2026` is day first (Hong Kong
  /// writes the British order; Taiwan writes the year first, so its texts seldom hold either), and
  /// `第四季` is a quarter wherever no series is named beside it.
  var traditionalScript = false
  /// Which rules of `point(at:)` can begin at each scalar (the scanner's table; a cursor made
  /// without one tries every rule everywhere).
  var ruleStarts = DateRuleStarts.anywhere

  /// One calendar point read by a rule: the point, where it ends, the rule that read it,
  /// whether it is fiscal, and the last year of a range when the rule itself read one
  /// (`2024-2026年`; a `周末` is its Saturday to its Sunday by its rule). Every rule returns a
  /// `Point?` at every position it is tried, so it is kept small: no second `DatePoint`.
  struct Point {
    var point: DatePoint
    var end: Int
    var rule: DateRule
    var fiscal: Bool = false
    var throughYear: Int? = nil
  }

  @inline(__always) func at(_ i: Int) -> Unicode.Scalar? { i >= 0 && i < s.count ? s[i] : nil }

  /// Whether the text at `i` reads `word`. The literal's UTF-8 bytes are compared as they
  /// lie in the binary, decoded inline: no `String`, no allocation. The first scalar is
  /// decoded apart from the rest, so the compiler folds it to a constant and a call whose
  /// first scalar differs (nearly all of them) costs one comparison; the rest of the literal
  /// is decoded only after the first scalar matched.
  @inline(__always) func isAt(_ i: Int, _ word: StaticString) -> Bool {
    word.withUTF8Buffer { bytes in
      let n = bytes.count
      guard n > 0 else { return true }
      let first = Self.decodeScalar(bytes, at: 0)
      guard i >= 0, i < s.count, s[i].value == first.value else { return false }
      var k = i + 1, j = first.width
      while j < n {
        guard k < s.count else { return false }
        let next = Self.decodeScalar(bytes, at: j)
        guard s[k].value == next.value else { return false }
        j += next.width
        k += 1
      }
      return true
    }
  }

  /// The scalar whose UTF-8 encoding starts at `bytes[j]` (well-formed, as a literal's is),
  /// and how many bytes it takes.
  @inline(__always) static func decodeScalar(_ bytes: UnsafeBufferPointer<UInt8>, at j: Int) -> (value: UInt32, width: Int) {
    let b0 = UInt32(bytes[j])
    if b0 < 0x80 { return (b0, 1) }
    if b0 < 0xE0 { return ((b0 & 0x1F) << 6 | UInt32(bytes[j + 1] & 0x3F), 2) }
    if b0 < 0xF0 { return ((b0 & 0x0F) << 12 | UInt32(bytes[j + 1] & 0x3F) << 6 | UInt32(bytes[j + 2] & 0x3F), 3) }
    return ((b0 & 0x07) << 18 | UInt32(bytes[j + 1] & 0x3F) << 12 | UInt32(bytes[j + 2] & 0x3F) << 6 | UInt32(bytes[j + 3] & 0x3F), 4)
  }

  func skipSpaces(_ i: Int) -> Int {
    var k = i
    while let c = at(k), c == " " || c == "\u{3000}" || c == "\t" { k += 1 }
    return k
  }

  /// A range word at `i` (`range-separators.tsv`: `至`, `到`, `-`, `~`; a Latin word such as
  /// `to` only between spaces; with `between`, also `和`/`与` from `dates-cues.tsv`): where it
  /// ends and whether it needs `之间` after the second end.
  func rangeWord(at i: Int, between: Bool = false) -> (end: Int, needsBetween: Bool)? {
    if let w = vocabulary.rangeSeparators.longestMatch(in: s, at: i) {
      if w.value.isLatinWord, !(at(i - 1) == " " && at(w.end) == " ") { return nil }
      return (w.end, false)
    }
    if between, let w = vocabulary.cues.longestMatch(in: s, at: i), w.value == .between { return (w.end, true) }
    return nil
  }

  /// A run of ASCII digits at `i`: its value and length (at most `max` digits; longer runs
  /// give `nil`, so nothing is ever read from the middle of a long number).
  func digits(_ i: Int, max: Int) -> (value: Int, end: Int)? {
    var k = i, v = 0
    while let c = at(k), ScalarClass.isASCIIDigit(c) {
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
    if s[i] == "廿" || s[i] == "卅" {
      let tens = s[i] == "廿" ? 20 : 30
      if k == i + 1 { return (tens, k) }
      guard k == i + 2, let d = NumeralCharacter.chineseDigit(s[i + 1]), d > 0 else { return nil }
      return (tens + d, k)
    }
    guard let v = NumeralCharacter.smallInteger(s[i..<k]) else { return nil }
    return (v, k)
  }

  /// A number written either way.
  func number(_ i: Int, max: Int) -> (value: Int, end: Int)? {
    guard let c = at(i) else { return nil }
    return ScalarClass.isASCIIDigit(c) ? digits(i, max: max) : chinese(i, max: max + 1)
  }

  // MARK: - The entry point

  static func isBareDay(_ body: DatePoint.Body) -> Bool {
    if case .calendar(nil, _?) = body { return true }
    return false
  }

  func match(at i: Int) -> DateScanner.Match? {
    guard let c = at(i) else { return nil }
    let previous = at(i - 1)
    if ScalarClass.isASCIIDigit(c) {
      // Not inside a number or a version (GPT-5.1, iOS 18.2, v2.0).
      if let p = previous, ScalarClass.isASCIIDigit(p) { return nil }
      if let p = previous, p == "." || p == "-" || p == "/" || p == ":", let q = at(i - 2), ScalarClass.isASCIIAlphanumeric(q) { return nil }
      if let damaged = damaged(at: i) { return damaged }
      if let split = splitFiscalYear(at: i) { return split }
      if taiwanese, let year = taiwanSchoolYear(at: i) { return year }
    } else if ScalarClass.isASCIILetter(c), let p = previous, ScalarClass.isASCIIAlphanumeric(p) {
      return nil
    }
    if let p = previous, NumeralCharacter.chineseDigit(c) != nil || c == "十" {
      // Not the tail of a Chinese number (三十一月 is not 一月).
      if NumeralCharacter.chineseDigit(p) != nil || NumeralCharacter.smallUnit(p) != nil { return nil }
    }
    // 上两周, 下两个月, 上3个季度: whole units next to the anchor's own, counted; 明后年 as 下两年.
    if c == "上" || c == "下", let span = countedUnits(at: i) {
      return DateScanner.Match(start: i, end: span.end, expression: DateExpression(span.first, end: span.last), rule: .countedUnits)
    }
    if c == "明", let span = nextTwoYears(at: i) {
      return DateScanner.Match(start: i, end: span.end, expression: DateExpression(span.first, end: span.last), rule: .countedUnits)
    }
    // 此后三年: from the year in focus.
    if c == "此", let span = yearsAfterThat(at: i) {
      return DateScanner.Match(start: i, end: span.end, expression: DateExpression(span.first, end: span.last), rule: .countedOffset)
    }
    guard var first = point(at: i) else { return nil }
    // The weekday a day states of itself (星期二, 3 2 月; 2024年3月2日(星期六)): checked once resolved.
    var statedWeekday: Int? = nil
    // A weekday before a day (`星期二, 3 2 月, 2026`) belongs to it.
    if first.rule == .weekday {
      var k = first.end
      if at(k) == "," { k += 1 }
      k = skipSpaces(k)
      if k > first.end, let day = point(at: k), case .calendar(_, _?) = day.point.body {
        if case .week(_, let wd?) = first.point.body { statedWeekday = wd }
        first = day
      }
    }
    var end = first.end
    var expression = DateExpression(first.point, fiscal: first.fiscal)
    var rule = first.rule
    var start = i
    if let range = rangeEnd(after: first) {
      expression.end = range.point
      expression.fiscal = expression.fiscal || range.fiscal
      end = range.end
      if first.rule != .weekend { rule = DateRule.range(from: first.point) ?? rule }
      if first.point.time != nil, range.point.time != nil { rule = .timeRange }
      // 从2024Q1到2025Q4: the 从 belongs to the range.
      if isAt(i - 1, "从") { start = i - 1 }
    }
    // A weekday after a day (`10月12号,星期一`) belongs to it.
    if expression.end == nil, case .calendar(_, _?) = first.point.body, let trailing = trailingWeekday(after: end) {
      end = trailing.end
      statedWeekday = trailing.weekday
      // 2024年3月2日（星期六）10:20: a time after the weekday is the day's.
      if expression.start.time == nil, let t = timeOfDay(at: end) {
        expression.start.time = t.time
        end = t.end
      }
    }
    // 每年6月30日, 每年春节, 每月15日: a day that recurs, no date.
    if expression.end == nil, first.point.year == nil, isAt(start - 2, "每年") || isAt(start - 2, "每月") && Self.isBareDay(first.point.body) {
      return DateScanner.Match(start: start, end: end, expression: nil, rule: nil)
    }
    // 2015年1月1日或之后, 自2018年以来, 从2016年3月1日开始, 2018年以前: an interval open on one side.
    if expression.end == nil, first.point.time == nil, let open = openBound(after: end, from: start) {
      expression.open = open.bound
      end = open.end
      if case .from = open.bound {
        rule = .openFrom
        if isAt(start - 1, "自") || isAt(start - 1, "从") { start -= 1 }
      } else {
        rule = .openUntil
      }
    }
    // Glued to a word (v2025.12.13, OpenAI2024年): only a date written with 年/月/日 counts.
    if ScalarClass.isASCIIDigit(c), let p = previous, ScalarClass.isASCIILetter(p), !s[i..<end].contains(where: { $0 == "年" || $0 == "月" || $0 == "日" }) {
      return nil
    }
    return DateScanner.Match(start: start, end: end, expression: expression, rule: rule, weekday: statedWeekday)
  }
}
