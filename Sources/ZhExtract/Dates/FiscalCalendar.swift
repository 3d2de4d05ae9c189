/// A fiscal calendar the document defines: `财年截至6月30日`, `截至2025年3月31日止年度`, `fiscal year
/// ending June 30`, `第二财季(7月至9月)`. Fiscal year N is the twelve months that end in
/// `endMonth` of year N (FY2025 ending June 30 is 2024-07/2025-06); its quarters and halves
/// count from its first month. Without a definition fiscal periods keep their stated numbers
/// (`2025财年` → `2025`, `fiscal: true`).
struct FiscalCalendar: Hashable, Sendable {
  /// The last month of a fiscal year (1…11; a year ending in December is the civil year).
  var endMonth: Int
  /// How fiscal year N is named: by the civil year it ends in (FY2025 ending June 30, the
  /// American use) or the one it begins in (a Japanese company's 2026年度 is April 2026 to March
  /// 2027). `nil` when the definition does not say (a half glossed with its months,
  /// `2026财年上半年（4月至9月）`): the first fiscal period with a year decides, by whichever
  /// naming puts it nearest the anchor.
  var namedByFirstYear: Bool? = false

  /// The first month of fiscal year `year`: (year, month).
  func start(of year: Int) -> (year: Int, month: Int) {
    endMonth == 12 ? (year, 1) : namedByFirstYear == true ? (year, endMonth + 1) : (year - 1, endMonth + 1)
  }

  /// The fiscal year that holds `date`.
  func year(holding date: CivilDate) -> Int {
    let named = date.month > endMonth ? date.year + 1 : date.year
    return namedByFirstYear == true && endMonth != 12 ? named - 1 : named
  }

  /// The civil months from the `first`-th to the `last`-th month (1-based) of fiscal year
  /// `year`: `2024-07/2025-06`.
  func months(of year: Int, from first: Int, through last: Int) -> String {
    let s = start(of: year)
    func month(_ n: Int) -> String {
      let index = s.year * 12 + (s.month - 1) + (n - 1)
      return "\(DateFormat.year(index / 12))-\(DateFormat.two(index % 12 + 1))"
    }
    return "\(month(first))/\(month(last))"
  }

  /// The middle day of the `first`…`last` months of fiscal year `year` (to compare with an anchor).
  func middle(of year: Int, from first: Int, through last: Int) -> CivilDate {
    let s = start(of: year)
    let index = s.year * 12 + (s.month - 1) + (first - 1 + last - 1) / 2
    return CivilDate(index / 12, index % 12 + 1, 15)
  }

  // MARK: - Reading the definition

  /// The calendar the text defines, if any: the first definition found. Reads only around
  /// the cue words of `dates-cues.tsv` (财年, 财季, 截至, fiscal year).
  static func defined(in s: [Unicode.Scalar], vocabulary: DateVocabulary) -> FiscalCalendar? {
    let cursor = DateCursor(s: s, vocabulary: vocabulary)
    var i = 0
    while i < s.count {
      guard let cue = vocabulary.cues.longestMatch(in: s, at: i) else { i += 1; continue }
      var namedByFirstYear: Bool? = false
      let end: Int?
      switch cue.value {
      case .fiscalYear:
        let defined = cursor.fiscalYearEnd(after: cue.end)
        end = defined?.month
        if cursor.fiscalYearEnd(halfGlossAt: cue.end) != nil { namedByFirstYear = nil }
        // `2025财年（截至2026年3月31日）`: the year it ends in, against the year it is named, says the naming.
        if let endYear = defined?.year, let named = cursor.statedYear(endingAt: i) {
          if endYear == named + 1 { namedByFirstYear = true } else if endYear == named { namedByFirstYear = false }
        }
      case .until:
        if let month = cursor.fiscalYearEnd(until: cue.end) {
          end = month
        } else if let period = cursor.fiscalYearEnd(periodUntil: cue.end) {
          end = period.month
          namedByFirstYear = period.namedByFirstYear
        } else {
          end = nil
        }
      case .fiscalQuarter: end = cursor.fiscalYearEnd(quarterAt: i, after: cue.end)
      default: end = nil
      }
      if let end { return end == 12 ? nil : FiscalCalendar(endMonth: end, namedByFirstYear: namedByFirstYear) }
      i = cue.end
    }
    return nil
  }
}

extension DateCursor {
  /// How far a definition's parts may lie apart.
  static let fiscalReach = 12

  /// After `财年`/`fiscal year`: `截至(每年)6月30日`, `于6月30日结束`, `从7月1日开始`, ` ending June 30`,
  /// a day with its year (`（截至2026年3月31日）`: `year` 2026), or a half glossed with its months
  /// (`财年上半年（4月至9月）`). `month` is the fiscal year's last month.
  func fiscalYearEnd(after i: Int) -> (month: Int, year: Int?)? {
    if let end = fiscalYearEnd(halfGlossAt: i) { return (end, nil) }
    var k = i
    var starts = false
    while k < i + Self.fiscalReach, let c = at(k), !ScalarClass.isASCIIDigit(c), NumeralCharacter.chineseDigit(c) == nil, c != "十" {
      if c == "\n" || c == "。" || c == ";" || c == "," && !(at(k + 1).map(ScalarClass.isASCIILetter) ?? false) { return nil }
      if isAt(k, "始") || isAt(k, "从") || isAt(k, "自") || isAt(k, "起") || isAt(k, "begin") || isAt(k, "start") { starts = true }
      if let m = englishMonth(at: k) { return (starts ? (m.month + 10) % 12 + 1 : m.month, nil) }
      k += 1
    }
    var year: Int?
    if let y = digits(k, max: 4), y.end - k == 4, isAt(y.end, "年") { (year, k) = (y.value, y.end + 1) }
    guard let (month, _) = monthAndDay(at: k) else { return nil }
    return (starts ? (month + 10) % 12 + 1 : month, starts ? nil : year)
  }

  /// The year of four digits that ends right at `i` (`2025|财年`), if one does.
  func statedYear(endingAt i: Int) -> Int? {
    guard i >= 4, let y = digits(i - 4, max: 4), y.end == i, i == 4 || !(at(i - 5).map(ScalarClass.isASCIIDigit) ?? false) else { return nil }
    return y.value
  }

  /// After `截至`/`截止`: `2025年3月31日止年度`, `6月30日止财政年度`.
  func fiscalYearEnd(until i: Int) -> Int? {
    var k = skipSpaces(i)
    if let y = digits(k, max: 4), y.end - k == 4, isAt(y.end, "年") { k = y.end + 1 }
    guard let (month, end) = monthAndDay(at: k) else { return nil }
    k = end
    guard isAt(k, "止") else { return nil }
    k += 1
    if isAt(k, "的") || isAt(k, "之") { k += 1 }
    if isAt(k, "年度") || isAt(k, "全年") { return month }
    if let cue = vocabulary.cues.longestMatch(in: s, at: k), cue.value == .fiscalYear { return month }
    return nil
  }

  /// After `截至`/`截止`: a part of a fiscal year that ends on the day named, which says where the year ends:
  /// `截至2025年9月30日止六个月` (a first half: the year ends in March), `截至2025年12月31日的2026财年上半年` (June),
  /// `截至今年4月30日的2025财年第三季` (July), `截至9月30日止九个月` (December: the civil year). With the day's year
  /// and the fiscal year's number, `namedByFirstYear` says how the year is named (2026财年 ending June 2026: by
  /// the year it ends in); else it is `false`, as for `截至2025年3月31日止年度`. Three months alone (`截至3月31日止三个月`)
  /// could be any quarter and say nothing.
  func fiscalYearEnd(periodUntil i: Int) -> (month: Int, namedByFirstYear: Bool)? {
    var k = skipSpaces(i)
    var year: Int?
    if let y = digits(k, max: 4), y.end - k == 4, isAt(y.end, "年") {
      (year, k) = (y.value, y.end + 1)
    } else if isAt(k, "今年") || isAt(k, "本年") {
      k += 2
    }
    guard let (month, end) = monthAndDay(at: k) else { return nil }
    k = end
    if isAt(k, "止") { k += 1 }
    if isAt(k, "的") || isAt(k, "之") { k += 1 }
    var named: Int?
    if let y = digits(k, max: 4), y.end - k == 4, let cue = vocabulary.cues.longestMatch(in: s, at: y.end), cue.value == .fiscalYear {
      (named, k) = (y.value, cue.end)
    } else if let cue = vocabulary.cues.longestMatch(in: s, at: k), cue.value == .fiscalYear {
      k = cue.end
    }
    let monthsLeft: Int
    if isAt(k, "六个月") || isAt(k, "6个月") || isAt(k, "中期") || isAt(k, "上半年") || isAt(k, "上半财年") {
      monthsLeft = 6
    } else if isAt(k, "九个月") || isAt(k, "9个月") || isAt(k, "前三季") {
      monthsLeft = 3
    } else if isAt(k, "下半年") || isAt(k, "下半财年") {
      monthsLeft = 0
    } else if let q = quarter(at: k), case .absolute(let n) = q.quarter {
      monthsLeft = 3 * (4 - n)
    } else if isAt(k, "第"), let q = number(k + 1, max: 1), (1...4).contains(q.value), isAt(q.end, "季") {
      monthsLeft = 3 * (4 - q.value)
    } else {
      return nil
    }
    let endMonth = (month - 1 + monthsLeft) % 12 + 1
    guard let year, let named else { return (endMonth, false) }
    let endYear = year + (month + monthsLeft > 12 ? 1 : 0)
    return (endMonth, endYear == named + 1)
  }

  /// `第二财季(7月至9月)`: the quarter's months say where the fiscal year begins.
  func fiscalYearEnd(quarterAt i: Int, after end: Int) -> Int? {
    var n = i - 1
    while n >= 0, let c = at(n), NumeralCharacter.digit(c) != nil { n -= 1 }
    guard n + 1 < i, let q = number(n + 1, max: 1), q.end == i, (1...4).contains(q.value) else { return nil }
    var k = end
    guard at(k) == "(" || at(k) == "（" else { return nil }
    k += 1
    guard let first = number(k, max: 2), (1...12).contains(first.value), isAt(first.end, "月") else { return nil }
    guard let word = rangeWord(at: first.end + 1), let last = number(word.end, max: 2), isAt(last.end, "月"),
      (last.value - first.value + 12) % 12 == 2
    else { return nil }
    let startMonth = ((first.value - 1 - 3 * (q.value - 1)) % 12 + 12) % 12 + 1
    return (startMonth + 10) % 12 + 1
  }

  /// `上半年（4月至9月）`, `下半年(10月至次年3月)` at `i`: the half's months say where the fiscal
  /// year begins (a Japanese company's 2026财年上半年 is April to September).
  func fiscalYearEnd(halfGlossAt i: Int) -> Int? {
    let second: Bool
    if isAt(i, "上半年") || isAt(i, "上半财年") {
      second = false
    } else if isAt(i, "下半年") || isAt(i, "下半财年") {
      second = true
    } else {
      return nil
    }
    var k = i + (isAt(i + 2, "财年") ? 4 : 3)
    guard at(k) == "(" || at(k) == "（" else { return nil }
    k += 1
    guard let first = number(k, max: 2), (1...12).contains(first.value), isAt(first.end, "月"), let word = rangeWord(at: first.end + 1) else { return nil }
    var l = word.end
    if isAt(l, "次年") || isAt(l, "翌年") { l += 2 }
    guard let last = number(l, max: 2), isAt(last.end, "月"), (last.value - first.value + 12) % 12 == 5 else { return nil }
    let startMonth = second ? (first.value + 5) % 12 + 1 : first.value
    return (startMonth + 10) % 12 + 1
  }

  /// `6月30日`, `六月三十日` at `i`: the month, and where it ends.
  func monthAndDay(at i: Int) -> (Int, Int)? {
    guard let m = number(i, max: 2), (1...12).contains(m.value), isAt(m.end, "月"),
      let d = number(m.end + 1, max: 2), (1...31).contains(d.value), isAt(d.end, "日") || isAt(d.end, "号")
    else { return nil }
    return (m.value, d.end + 1)
  }
}
